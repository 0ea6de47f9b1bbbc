import { en, type MessageId } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { MessageId };
export type Catalog = Record<MessageId, string>;
export const messages: Record<"en" | "fr" | "es", Catalog> = { en, fr, es };
