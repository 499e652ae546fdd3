/** Simulated-approach campaigns as apps/server/src/routes/campaigns/schema.ts answers them. */
export interface Campaign {
  id: string;
  name: string;
  subject: string;
  moduleId: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface CampaignResults {
  campaign: Campaign;
  targets: Array<{
    accountId: string;
    sentAt: string | null;
    reportedAt: string | null;
    engagedAt: string | null;
  }>;
  summary: { sent: number; reported: number; engaged: number; engagedWithoutReport: number };
}

export interface SendResult {
  sent: number;
  skipped: Array<{ accountId: string; reason: string }>;
}
