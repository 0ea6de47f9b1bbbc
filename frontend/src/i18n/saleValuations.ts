// Messages of the sale before judgment, the quash that keeps the restraint, the application to a
// value order (shown in the legal history only) and the asset's dated valuations. Spread into
// en.ts, fr.ts and es.ts.
export const saleValuationsEn = {
  "action.sell_before_judgment": "Sale before judgment",
  "action.quash_keeping_restraint": "Quashed, restraint kept",
  "action.apply_to_value_order": "Applied to a value order",
  "acts.help.sell_before_judgment":
    "The court authorised the sale of the restrained property (UNCAC Art. 31(3), EU 2018/1805 Art. 28): it stays restrained as the cash proceeds. Give the authorisation, the price and the day of the sale.",
  "acts.help.quash_keeping_restraint":
    "The confiscation is quashed on appeal but the court keeps the restraint (retrial, further appeal): the asset is frozen or seized again. Give the appeal decision.",
  "acts.help.apply_to_value_order": "Part of the asset pays a final value order; recorded by the value order's satisfaction.",
  "acts.saleAuthorisation": "Authorisation of the sale",
  "acts.salePrice": "Sale price",
  "acts.soldOn": "Day of the sale",
  "acts.soldOnHelp": "Not before the authorisation, not in the future.",
  "acts.soldOnLine": "Sold on {date}",

  "valuations.title": "Valuations",
  "valuations.none": "No valuation recorded.",
  "valuations.valuedOn": "Valued on",
  "valuations.valuedOnHelp": "The day the asset was worth this (not in the future).",
  "valuations.amount": "Amount",
  "valuations.method": "Method or source",
  "valuations.methodHelp": "How the figure was reached: a bank statement, a surveyor, a sale.",
  "valuations.recordedBy": "Recorded by",
  "valuations.add": "Add a valuation",
  "valuations.record": "Record the valuation",
  "valuations.latestNote": "The latest valuation is the asset's estimated value.",
} as const;

export const saleValuationsFr: Record<keyof typeof saleValuationsEn, string> = {
  "action.sell_before_judgment": "Vente avant jugement",
  "action.quash_keeping_restraint": "Annulée, mesure maintenue",
  "action.apply_to_value_order": "Affecté à une confiscation en valeur",
  "acts.help.sell_before_judgment":
    "Le tribunal a autorisé la vente du bien bloqué (CNUCC art. 31(3), règlement UE 2018/1805 art. 28) : le produit en espèces demeure bloqué. Indiquez l'autorisation, le prix et le jour de la vente.",
  "acts.help.quash_keeping_restraint":
    "La confiscation est annulée en appel mais le tribunal maintient la mesure (nouveau procès, nouvel appel) : le bien est de nouveau gelé ou saisi. Indiquez la décision d'appel.",
  "acts.help.apply_to_value_order":
    "Une partie du bien exécute une confiscation en valeur définitive ; enregistré par l'exécution de cette confiscation.",
  "acts.saleAuthorisation": "Autorisation de la vente",
  "acts.salePrice": "Prix de vente",
  "acts.soldOn": "Jour de la vente",
  "acts.soldOnHelp": "Pas avant l'autorisation, pas dans le futur.",
  "acts.soldOnLine": "Vendu le {date}",

  "valuations.title": "Évaluations",
  "valuations.none": "Aucune évaluation enregistrée.",
  "valuations.valuedOn": "Évalué le",
  "valuations.valuedOnHelp": "Le jour où le bien valait ce montant (pas dans le futur).",
  "valuations.amount": "Montant",
  "valuations.method": "Méthode ou source",
  "valuations.methodHelp": "Comment le montant a été établi : relevé bancaire, expert, vente.",
  "valuations.recordedBy": "Enregistré par",
  "valuations.add": "Ajouter une évaluation",
  "valuations.record": "Enregistrer l'évaluation",
  "valuations.latestNote": "La dernière évaluation est la valeur estimée du bien.",
};

export const saleValuationsEs: Record<keyof typeof saleValuationsEn, string> = {
  "action.sell_before_judgment": "Venta anticipada",
  "action.quash_keeping_restraint": "Anulado, medida mantenida",
  "action.apply_to_value_order": "Aplicado a un decomiso por valor equivalente",
  "acts.help.sell_before_judgment":
    "El tribunal autorizó la venta del bien bloqueado (CNUCC art. 31(3), Reglamento UE 2018/1805 art. 28): el producto en efectivo sigue bloqueado. Indique la autorización, el precio y el día de la venta.",
  "acts.help.quash_keeping_restraint":
    "El decomiso se anula en apelación pero el tribunal mantiene la medida (nuevo juicio, nueva apelación): el bien vuelve a estar congelado o incautado. Indique la resolución de apelación.",
  "acts.help.apply_to_value_order":
    "Una parte del bien paga un decomiso por valor equivalente firme; lo registra la ejecución de ese decomiso.",
  "acts.saleAuthorisation": "Autorización de la venta",
  "acts.salePrice": "Precio de venta",
  "acts.soldOn": "Día de la venta",
  "acts.soldOnHelp": "No antes de la autorización, no en el futuro.",
  "acts.soldOnLine": "Vendido el {date}",

  "valuations.title": "Valoraciones",
  "valuations.none": "Ninguna valoración registrada.",
  "valuations.valuedOn": "Valorado el",
  "valuations.valuedOnHelp": "El día en que el bien valía este importe (no en el futuro).",
  "valuations.amount": "Importe",
  "valuations.method": "Método o fuente",
  "valuations.methodHelp": "Cómo se obtuvo la cifra: extracto bancario, perito, venta.",
  "valuations.recordedBy": "Registrado por",
  "valuations.add": "Añadir una valoración",
  "valuations.record": "Registrar la valoración",
  "valuations.latestNote": "La valoración más reciente es el valor estimado del bien.",
};
