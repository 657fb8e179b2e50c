/**
 * The content model as Contentlayer document types. Imported by contentlayer.config.ts only, so
 * the site's bundles never load contentlayer2/source-files.
 */
import {
  defineDocumentType,
  defineNestedType,
  type ComputedFields,
  type DocumentType,
  type FieldDef,
  type ListFieldDefItem,
  type NestedType,
} from "contentlayer2/source-files";
import type { DocumentModel } from "./document";
import type { ContentlayerField, ContentlayerItem, Fields, NestedModel } from "./fields";

/** One Contentlayer nested type per model, however many fields use it. */
const nestedTypes = new Map<NestedModel, NestedType>();

function nestedType(model: NestedModel): NestedType {
  let type = nestedTypes.get(model);
  if (!type) {
    type = defineNestedType(() => ({ name: model.name, fields: fieldDefs(model.fields) }));
    nestedTypes.set(model, type);
  }
  return type;
}

function itemDef(item: ContentlayerItem): ListFieldDefItem.Item {
  return "nested" in item ? nestedType(item.nested) : item;
}

function fieldDef(field: ContentlayerField, required: boolean, description: string): FieldDef {
  if ("list" in field) return { type: "list", of: itemDef(field.list), required, description, ...(field.default ? { default: field.default } : {}) };
  if ("nested" in field) return { type: "nested", of: nestedType(field.nested), required, description };
  return { ...field.def, required, description } as FieldDef;
}

function fieldDefs(fields: Fields): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldDef(field.contentlayer, field.required, field.docs.meaning)]));
}

export function contentlayerType(model: DocumentModel): DocumentType {
  return defineDocumentType(() => ({
    name: model.name,
    filePathPattern: model.filePathPattern,
    contentType: model.hasBody ? "markdown" : "data",
    fields: fieldDefs(model.fields),
    computedFields: Object.fromEntries(
      Object.entries(model.computed).map(([name, field]) => [name, { type: field.type, resolve: field.resolve }]),
    ) as ComputedFields,
  }));
}
