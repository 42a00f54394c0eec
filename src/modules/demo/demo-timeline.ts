import { randomUUID } from "node:crypto";
import { createRng } from "../../domain/random.ts";

/**
 * Demo history for each demo customer: communications over the last two months, needs in
 * every state, and follow-ups overdue, due today and upcoming — in Chinese for Shanghai
 * and in English or German for Munich.
 */
export type DemoCustomerRef = { id: string; ownerId: string | null; chinese: boolean };

export type DemoCommunication = {
  id: string;
  customerId: string;
  authorId: string | null;
  channel: string;
  direction: "in" | "out";
  occurredAt: Date;
  durationMin: number | null;
  subject: string;
  content: string;
  outcome: string | null;
  nextStep: string | null;
};

export type DemoNeed = {
  id: string;
  customerId: string;
  type: string;
  title: string;
  detail: string | null;
  importance: number;
  urgency: string;
  status: string;
  ownerId: string | null;
  sourceCommunicationId: string | null;
  createdAt: Date;
  dueAt: Date;
  resolutionNote: string | null;
};

export type DemoFollowUp = {
  customerId: string;
  needId: string | null;
  assigneeId: string;
  kind: string;
  dueAt: Date;
  notes: string;
  status: "open" | "done";
  completedAt: Date | null;
};

const ZH = {
  comms: [
    ["phone", "电话回访", "客户对上次交付比较满意，询问新产品的价格", "客户有兴趣", "发送报价单"],
    ["wechat", "微信沟通", "客户需要购买新产品并安排下周拜访", "约定拜访", "安排下周拜访"],
    [
      "visit",
      "上门拜访",
      "拜访采购经理，介绍了维保服务方案，对方希望看到案例",
      "需提供案例",
      "整理成功案例",
    ],
    ["email", "发送合同", "合同草稿已发出，等待法务审核", null, "跟进合同审核"],
    [
      "meeting",
      "季度业务回顾",
      "回顾了季度订单和交付情况，客户提出培训需求",
      "提出培训需求",
      "准备培训计划",
    ],
    ["phone", "投诉处理", "客户反映设备故障，交货延迟，情绪较大", "已安抚", "安排工程师上门"],
  ],
  needs: [
    ["product_interest", "新产品报价", "客户希望了解新一代产品的价格和交期"],
    ["complaint", "交货延迟投诉", "上批货物延迟三天到达"],
    ["training", "操作人员培训", "新员工需要设备操作培训"],
    ["service_request", "设备年度保养", "两台设备需要年度保养"],
    ["support", "系统对接问题", "订单系统对接出现数据不一致"],
  ],
  followUps: ["回电确认报价", "发送产品资料", "确认拜访时间", "回访满意度"],
  resolution: "已处理完毕，客户确认满意",
};

const EN = {
  comms: [
    [
      "phone",
      "Follow-up call",
      "Customer happy with the last delivery; asked about the new product line",
      "Interested",
      "Send a quote",
    ],
    [
      "email",
      "Quote sent",
      "Sent the quote for the maintenance contract renewal",
      null,
      "Chase the quote next week",
    ],
    [
      "visit",
      "On-site visit",
      "Met the purchasing manager, presented the service plan; wants references",
      "Needs references",
      "Collect two references",
    ],
    [
      "meeting",
      "Quarterly review",
      "Reviewed orders and delivery; they asked for operator training",
      "Training requested",
      "Draft a training plan",
    ],
    [
      "phone",
      "Beschwerde",
      "Kunde meldet Lieferverzug und einen Defekt an der Maschine",
      "Beruhigt",
      "Techniker schicken",
    ],
    ["message", "Termin", "Kunde bestätigt Besuch am Dienstag vormittag", "Termin steht", null],
  ],
  needs: [
    ["product_interest", "Quote for the new model", "Wants price and lead time for the new model"],
    ["complaint", "Late delivery", "Last shipment arrived three days late"],
    ["training", "Operator training", "Two new operators need training"],
    ["service_request", "Annual maintenance", "Two machines due for maintenance"],
    ["support", "Integration issue", "Order interface shows mismatching quantities"],
  ],
  followUps: [
    "Call back about the quote",
    "Send the brochure",
    "Confirm the visit",
    "Ask about satisfaction",
  ],
  resolution: "Done; customer confirmed it is fixed",
};

export type DemoVisit = {
  customerId: string;
  repId: string;
  purpose: string;
  plannedStart: Date;
  plannedEnd: Date;
  status: "planned" | "completed";
  locked: boolean;
  checkInAt: Date | null;
  checkOutAt: Date | null;
  distanceM: number | null;
  verification: "verified" | "out_of_radius" | null;
  result: string | null;
  resultScore: number | null;
};

const DAY = 86_400_000;

export function demoTimeline(customers: DemoCustomerRef[], seed: number, now = new Date()) {
  const rng = createRng(seed * 31 + 7);
  const comms: DemoCommunication[] = [];
  const needs: DemoNeed[] = [];
  const followUps: DemoFollowUp[] = [];
  const visits: DemoVisit[] = [];
  for (const c of customers) {
    const text = c.chinese ? ZH : EN;
    const nComms = rng.int(0, 4);
    for (let i = 0; i < nComms; i++) {
      const [channel, subject, content, outcome, nextStep] = rng.pick(text.comms);
      comms.push({
        id: randomUUID(),
        customerId: c.id,
        authorId: c.ownerId,
        channel: channel!,
        direction: rng.chance(0.3) ? "in" : "out",
        occurredAt: new Date(now.getTime() - rng.int(1, 60) * DAY - rng.int(0, 8) * 3600_000),
        durationMin:
          channel === "visit" || channel === "meeting" ? rng.int(30, 90) : rng.int(2, 20),
        subject: subject!,
        content: content!,
        outcome: outcome ?? null,
        nextStep: nextStep ?? null,
      });
    }
    if (rng.chance(0.45)) {
      const [type, title, detail] = rng.pick(text.needs);
      const created = new Date(now.getTime() - rng.int(1, 40) * DAY);
      const status = rng.pick(["open", "open", "in_progress", "resolved", "dropped"] as const);
      const source = comms.filter((x) => x.customerId === c.id).at(-1);
      needs.push({
        id: randomUUID(),
        customerId: c.id,
        type: type!,
        title: title!,
        detail: detail ?? null,
        importance: rng.int(1, 5),
        urgency: rng.pick(["low", "normal", "normal", "high", "critical"]),
        status,
        ownerId: c.ownerId,
        sourceCommunicationId: source?.id ?? null,
        createdAt: created,
        dueAt: new Date(created.getTime() + rng.int(3, 45) * DAY),
        resolutionNote: status === "resolved" || status === "dropped" ? text.resolution : null,
      });
    }
    if (c.ownerId && rng.chance(0.4)) {
      // A completed visit in the last weeks: check-in, dwell, result — what KPIs read.
      const start = new Date(now.getTime() - rng.int(3, 40) * DAY);
      start.setUTCHours(rng.int(1, 8), rng.pick([0, 15, 30, 45]), 0, 0);
      const dwell = rng.int(20, 75) * 60_000;
      const near = rng.chance(0.85);
      visits.push({
        customerId: c.id,
        repId: c.ownerId,
        purpose: c.chinese ? "例行拜访" : "Regular visit",
        plannedStart: start,
        plannedEnd: new Date(start.getTime() + 45 * 60_000),
        status: "completed",
        locked: false,
        checkInAt: new Date(start.getTime() + rng.int(-5, 10) * 60_000),
        checkOutAt: new Date(start.getTime() + dwell),
        distanceM: near ? rng.int(5, 180) : rng.int(300, 2500),
        verification: near ? "verified" : "out_of_radius",
        result: c.chinese
          ? "客户反馈良好，确认下月订单"
          : "Good conversation; next order confirmed",
        resultScore: rng.int(2, 5),
      });
    } else if (c.ownerId && rng.chance(0.05)) {
      // An appointment agreed with the customer next week: planning routes around it.
      const start = new Date(now.getTime() + rng.int(2, 6) * DAY);
      start.setUTCHours(c.chinese ? 2 : 9, 0, 0, 0);
      visits.push({
        customerId: c.id,
        repId: c.ownerId,
        purpose: c.chinese ? "约定拜访：签合同" : "Agreed visit: contract signing",
        plannedStart: start,
        plannedEnd: new Date(start.getTime() + 60 * 60_000),
        status: "planned",
        locked: true,
        checkInAt: null,
        checkOutAt: null,
        distanceM: null,
        verification: null,
        result: null,
        resultScore: null,
      });
    }
    if (c.ownerId && rng.chance(0.35)) {
      const offsetDays = rng.int(-5, 10);
      const done = offsetDays < 0 && rng.chance(0.4);
      const due = new Date(now.getTime() + offsetDays * DAY);
      due.setUTCHours(rng.int(1, 9), 0, 0, 0);
      followUps.push({
        customerId: c.id,
        needId: null,
        assigneeId: c.ownerId,
        kind: rng.pick(["call", "visit", "email", "message"]),
        dueAt: due,
        notes: rng.pick(text.followUps),
        status: done ? "done" : "open",
        completedAt: done ? new Date(due.getTime() + 3600_000) : null,
      });
    }
  }
  return { comms, needs, followUps, visits };
}
