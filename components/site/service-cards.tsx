import { Card } from "@/components/ui/card";
import type { Service } from "@/lib/content";
import { servicePrice } from "@/lib/format";

export function ServiceCards({ services, headingLevel = 3 }: { services: Service[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
      {services.map((service) => {
        const price = servicePrice(service);
        return (
          <li key={service.slug}>
            <Card
              href={service.url}
              title={service.title}
              headingLevel={headingLevel}
              meta={service.duration || price ? <span>{[service.duration, price].filter(Boolean).join(" · ")}</span> : undefined}
            >
              {service.summary}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
