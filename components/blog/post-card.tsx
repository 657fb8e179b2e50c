import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Post } from "@/lib/content";
import { formatDate } from "@/lib/format";

export function PostCard({ post, headingLevel }: { post: Post; headingLevel?: 2 | 3 }) {
  return (
    <Card
      href={post.url}
      title={post.title}
      headingLevel={headingLevel}
      meta={
        <>
          {post.fictional ? <Badge tone="accent">Voorbeeldcase</Badge> : null}
          <time dateTime={post.date}>{formatDate(post.date)}</time>
          <span aria-hidden="true">·</span>
          <span>{post.readingTime} min lezen</span>
        </>
      }
    >
      {post.summary}
    </Card>
  );
}

export function PostGrid({ posts, headingLevel }: { posts: Post[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
