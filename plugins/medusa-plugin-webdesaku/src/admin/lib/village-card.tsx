import { Badge, Container, Heading, Text } from '@medusajs/ui';
import type { AdminVillage } from './api';

/** The village a product or order belongs to, as a small side card. */
export function VillageCard({ villages }: { villages: AdminVillage[] | null }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Desa</Heading>
      </div>
      <div className="px-6 py-4">
        {villages === null ? (
          <Text size="small">Memuat…</Text>
        ) : villages.length === 0 ? (
          <Text size="small">Tidak terhubung ke lapak desa mana pun.</Text>
        ) : (
          villages.map((v) => (
            <div key={v.id} className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                Desa {v.name}
              </Text>
              <Badge size="2xsmall">{v.slug}</Badge>
            </div>
          ))
        )}
      </div>
    </Container>
  );
}
