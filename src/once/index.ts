export { earlierAnswer, once, repeatReply } from './exactly-once.ts';
export {
  findReceipt,
  legacyReceiptsCollection,
  RECEIPT_TTL_MS,
  Receipt,
  receiptsCollection,
} from './receipts.ts';
