"""The benchmark's synthetic world (`manage.py seed_scale`, issue 9), one module per concern.

- `world`: the fixed points the benchmark relies on, the vocabulary of names, the reference
  data read from the database, and the `Seed` every step writes through;
- `tables`: the rows of each table spooled in COPY text format, copied in foreign-key order;
- `people`: users and their state/role groups;
- `case_file`: cases, their team and jurisdictions, shares with their object permissions,
  subjects;
- `assets`: assets and the acts that brought them to their stage (`workflows.asset_rules`),
  their figures folded as the service folds them (`workflows.asset_position`);
- `mla`: MLA requests and their sending (`workflows.mla_rules`);
- `deadlines`: the deadlines of freezes and MLA requests, scheduled by the deadline calendar;
- `generate`: the one pass over the cases that calls the steps above in order.
"""
