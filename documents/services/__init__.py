"""Documents of a case file: who may upload, what is accepted, how it is stored and proven.

One module for each: `permissions`, `content`, `records`, `verification`.

- `can_upload` is the one rule of who may attach a document to a case (the MLA hook lives there);
- `detect_content_type` decides the type from the bytes (magic numbers), never from the client's
  file name or declared type, and refuses anything outside the allow-list;
- `document_upload` stores the file under a name of ours and records the upload, with its SHA-256,
  in the case's audit chain (chain of custody); `document_update`, `document_downloaded` likewise;
- `documents_verify` re-hashes stored files against the database and the audit chain.
"""
