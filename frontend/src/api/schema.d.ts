// Generated from the live OpenAPI schema by `make frontend-client`. Do not edit.
export interface paths {
    "/api/v1/asset-actions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acts the caller may record now on each of these assets
         * @description One entry per asked asset that the caller may see, in the order asked; an id the caller may not see is left out, as one that does not exist. The acts are those of GET /api/v1/assets/{id}/actions/.
         */
        get: operations["asset_actions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the assets the caller may see
         * @description A page of the assets of the cases the caller may see.
         *
         *     Each asset with its stage (`identified`, `frozen`, `seized`, `under_appeal`, `confiscated`, `repatriated`, `released`) and recovery totals. Filter with `case`, `stage`, `kind` and `jurisdiction`; order with `?ordering=`. `count` is exact up to 1,000 objects past the page's end and a lower bound beyond, which `count_is_lower_bound` says.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["assets_list"];
        put?: never;
        /**
         * Add an asset to a case
         * @description Creates an asset and answers it (201) with its `ETag`.
         *
         *     A new asset starts at the `identified` stage; its later stages are recorded as legal acts (`POST /api/v1/assets/{asset_id}/transitions/`), not by a PATCH.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["assets_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}/actions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The acts the caller may record on the asset now, and what each requires
         * @description The acts the caller may record on the asset from its current stage, each with the stage it leads to and the fields it needs (`requires`) and carries: a client form built from them asks exactly what the act needs.
         *
         *     Empty for whoever may only read the asset (admins, partner states' liaisons) and on an archived case. An asset the caller may not see is 404.
         */
        get: operations["assets_actions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}/matches/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matches of an asset in other cases
         * @description Assets of other cases that the caller may see with the same identifier (IBAN, BIC, ISIN, IMO, MMSI, VIN, registration mark, wallet address, title number), however it was written.
         */
        get: operations["assets_matches_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}/matches/{match_id}/decision/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on an asset's match
         * @description The case team's judgement: `positive` (the same entity: the two cases become linked), `negative` (not the same) or `unsure`. Audited on the case's trail. Only the team of the record's case (prosecutors of the owning state) decides; a match the caller does not see is a 404.
         */
        post: operations["assets_matches_decision_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}/restraint-orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The asset's restraint orders (freezes, renewals, seizures), newest first
         * @description Each freeze, renewal or seizure order recorded on the asset, with its term, when it lapses (`lapses_at`) and whether it is in force now (`status`: `in_force`, `lapsed`, `released` or `superseded`). An asset may carry several, from several states; it is frozen while any freeze order is in force.
         *
         *     A partner state's liaison sees the orders of the non-restricted assets of a case shared with their state. An asset the caller may not see is 404.
         */
        get: operations["assets_restraint_orders_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}/transitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The asset's stage history: its legal acts, oldest first
         * @description Every legal act recorded on the asset (freeze, seizure, confiscation, repatriation, ...), oldest first, with its order and amounts.
         *
         *     A partner state's liaison sees the acts on the non-restricted assets of a case shared with their state, without the note and without who recorded them. An asset the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["assets_transitions_list"];
        put?: never;
        /**
         * Record a legal act on the asset (answers the asset after it, with its ETag)
         * @description Records one act (`action`) and moves the asset to its new stage. Which acts are allowed from the asset's stage, and which fields each needs, is answered by `GET /api/v1/assets/{asset_id}/actions/`: a freeze needs the `order` with its `expires_on`; a confiscation a final order (`final: true`), its `basis` and the `amount`; a repatriation the `recipient` and the returned `amount`.
         *
         *     Answers 200 with the asset as it is after the act, and its new `ETag` (the act itself is the last entry of the history). An act not allowed from the asset's current stage is 409; a missing or invalid field is 400.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     An asset the caller may not see is 404. Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["assets_transitions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}/valuations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The asset's dated valuations, newest first
         * @description What the asset was worth on each day a valuation was recorded, with the method or source of the figure. The latest (by `valued_on`) is the asset's `estimated_value`.
         *
         *     A partner state's liaison sees the valuations of the non-restricted assets of a case shared with their state, without who recorded them. An asset the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["assets_valuations_list"];
        put?: never;
        /**
         * Record a dated valuation of the asset
         * @description Records what the asset was worth on `valued_on` (not in the future where it sits), in a currency with its ISO 4217 minor units, and how the figure was reached (`method`). When it is the latest valuation (no other valued on a later day), it becomes the asset's `estimated_value` in the same transaction (and the asset's ETag changes); an older one recorded late only joins the history. Valuations are never rewritten: a wrong figure is put right by a new one.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     An asset the caller may not see is 404. Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["assets_valuations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one asset
         * @description One asset by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["assets_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an asset
         * @description Changes only the fields sent and answers the asset as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["assets_partial_update"];
        trace?: never;
    };
    "/api/v1/assets/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assets list as CSV
         * @description Every asset the list endpoint would answer for the same filters and ordering, unpaginated, with the same columns (a partner state's liaison gets the partner columns). Audited. Amounts come as two columns, `<name>_amount` and `<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and `recovery_<figure>_currency`; a figure held in several currencies lists each, in the same order in both columns, separated by `; `, and is never summed). CSV is streamed, UTF-8; `bom=1` starts it with a byte order mark so that Excel opens accented names right (default: none). Cells that a spreadsheet would run as a formula are prefixed with a quote.
         */
        get: operations["assets_export_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assets list as XLSX
         * @description Every asset the list endpoint would answer for the same filters and ordering, unpaginated, with the same columns (a partner state's liaison gets the partner columns). Audited. Amounts come as two columns, `<name>_amount` and `<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and `recovery_<figure>_currency`; a figure held in several currencies lists each, in the same order in both columns, separated by `; `, and is never summed). XLSX cells are typed: numbers (amounts with their currency's minor units), dates, date-times (UTC; Excel has no time zones), booleans, the rest text (a cell that a spreadsheet would run as a formula is prefixed with a quote). The header row is bold, frozen and filtered; the workbook names the user who exported it.
         */
        get: operations["assets_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/transitions/bulk/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record one act (freeze, renew_freeze, seize, release, decide_not_to_freeze) on many assets at once
         * @description Every asset must be one the caller may see (`assets.N` does_not_exist otherwise) and on a case whose team the caller is on (403). If the act is refused for any asset, nothing is recorded and the problem names that asset (`asset`, or its id in the error's detail).
         */
        post: operations["assets_transitions_bulk_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Set the csrftoken cookie
         * @description Sets the `csrftoken` cookie and answers the same token. A browser client calls it before signing in; every unsafe request on a session then sends the token in the `X-CSRFToken` header. Needs no authentication. Clients that use `Authorization: Token <key>` need no CSRF token.
         */
        get: operations["auth_csrf_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Starts a session (`sessionid` cookie) and answers the signed-in user. An unknown user, a wrong password and an inactive account get the same 400 answer.
         *
         *     A user with a second factor also sends `otp` (a current authenticator code or a recovery code): without it the answer is 400 with the code `otp_required`, with a wrong one 400 `invalid_otp`.
         *
         *     Repeated failures, per account and per client address, make every further attempt wait: 429 with a `Retry-After` header, whether the account exists or not.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["auth_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session
         * @description Signs out of the current session (204). Personal API tokens stay valid.
         */
        post: operations["auth_logout_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description The caller's id, username, name, email, `role` (`prosecutor`, `liaison` or `admin`) and state. 401 when not signed in.
         */
        get: operations["auth_me_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The second factor's status
         * @description Whether the signed-in user has an authenticator app, whether their role requires one, and how many recovery codes are left. From a signed-in session only.
         */
        get: operations["auth_mfa_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/recovery-codes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the recovery codes
         * @description Needs a current code; the old recovery codes stop working.
         */
        post: operations["auth_mfa_recovery_codes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/totp/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app
         * @description The app is not used until confirmed with a code (`.../totp/confirm/`).
         */
        post: operations["auth_mfa_totp_create"];
        /**
         * Remove the authenticator app
         * @description Needs `{"otp": ...}` in the body: a current code or a recovery code. The recovery codes go with the app. A user whose role requires a second factor must set up a new one before doing anything else.
         */
        delete: operations["auth_mfa_totp_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/totp/confirm/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the authenticator app with its first code
         * @description Answers the recovery codes, shown this once. The session counts as verified.
         */
        post: operations["auth_mfa_totp_confirm_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your API tokens
         * @description Personal API tokens of the signed-in user, for scripts: send one as `Authorization: Token <key>`. Only the caller's own tokens exist for them (others' are 404).
         *
         *     Newest first; the key itself is never shown again.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         */
        get: operations["auth_tokens_list"];
        put?: never;
        /**
         * Create an API token
         * @description Creates a personal API token and answers it with its `key`, shown this once. Only from a signed-in session (403 with a token: a token cannot create tokens). `expires_at` is optional and must be in the future. Not idempotent: an `Idempotency-Key` is ignored, since a replay would have to keep the key for 24 hours.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["auth_tokens_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one of your API tokens
         * @description Personal API tokens of the signed-in user, for scripts: send one as `Authorization: Token <key>`. Only the caller's own tokens exist for them (others' are 404).
         */
        get: operations["auth_tokens_retrieve"];
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Personal API tokens of the signed-in user, for scripts: send one as `Authorization: Token <key>`. Only the caller's own tokens exist for them (others' are 404).
         *
         *     Revokes it at once (204): it stops working.
         */
        delete: operations["auth_tokens_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases the caller may see
         * @description A page of the cases of the cases the caller may see.
         *
         *     Filter with `status`, `owner_state`, `origin_state`, `offence_category` and `q` (search in the reference, title and summary); order with `?ordering=`. A partner state's liaison sees each shared case's partner view (no team, no internal notes). `count` is exact up to 1,000 objects past the page's end and a lower bound beyond, which `count_is_lower_bound` says.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["cases_list"];
        put?: never;
        /**
         * Open a case
         * @description Creates a case and answers it (201) with its `ETag`.
         *
         *     The case is owned by the caller's state; the caller becomes its lead prosecutor unless the body names another prosecutor of that state. The server assigns the `reference`.
         *
         *     Only prosecutors open cases (403 for other roles).
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["cases_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/activity/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's audit trail, newest first
         * @description Who did what on the case and its file, newest first. Filter with `action`, `object_type`, `object_id`, `actor`, `since` and `until`.
         *
         *     The owning state sees every event with its actor and the full before and after. A partner state's liaison sees a narrower trail: only changes to what they may see, only the fields they are shown, and the acting state instead of the person. A case the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["cases_activity_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/export/ftm/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case as FollowTheMoney entities (JSON lines)
         * @description One FtM entity per line (`application/x-ndjson`): persons, companies and other organizations, positions and occupancies, family, associate, nominee and ownership links, and the assets (BankAccount, RealEstate, Company, Security, Vehicle, Vessel, Airplane, CryptoWallet, Asset) with their ownerships. Ids are stable (`ar-<uuid>`). A partner state's liaison gets only what they may see: no restricted subject or asset, and no link to one. Audited.
         */
        get: operations["cases_export_ftm_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/links/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases linked to a case by confirmed matches
         * @description The other cases that a positive judgement on a match linked to this one, newest first: what the case's link chart shows. The owning state's work: partner states see none.
         */
        get: operations["cases_links_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/shares/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shares of a case, in force and past
         * @description The states the case is or was shared with, newest first, each with who granted it, its expiry and whether it is `active`.
         *
         *     Only the owning state's prosecutors who may see the case read its shares: a partner state's liaison who sees the case gets 403 (partners never learn which other states it is shared with), and a case the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["cases_shares_retrieve"];
        put?: never;
        /**
         * Share the case with a partner state (idempotent)
         * @description Lets the liaisons of `state` see the case (without anything `restricted`) until `expires_on` (none: until revoked). With `allows_mla_answers` (true by default) they may also answer the MLA requests addressed to their state. Answers 201 with the new share, or 200 with the share in force when the case is already shared with that state.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Only the owning state's prosecutors who may see the case read its shares: a partner state's liaison who sees the case gets 403 (partners never learn which other states it is shared with), and a case the caller may not see is 404.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["cases_shares_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/shares/{code}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke the share with a state, at once
         * @description Ends the share (204): the state's liaisons stop seeing the case at once. 404 when the case is not shared with that state.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Only the owning state's prosecutors who may see the case read its shares: a partner state's liaison who sees the case gets 403 (partners never learn which other states it is shared with), and a case the caller may not see is 404.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        delete: operations["cases_shares_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case (ETag header for If-Match)
         * @description One case by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["cases_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a case (If-Match: its ETag)
         * @description Changes only the fields sent and answers the case as it is now, with its new `ETag`.
         *
         *     Only prosecutors open cases (403 for other roles).
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["cases_partial_update"];
        trace?: never;
    };
    "/api/v1/cases/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cases list as CSV
         * @description Every case the list endpoint would answer for the same filters and ordering, unpaginated, with the same columns (a partner state's liaison gets the partner columns). Audited. Amounts come as two columns, `<name>_amount` and `<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and `recovery_<figure>_currency`; a figure held in several currencies lists each, in the same order in both columns, separated by `; `, and is never summed). CSV is streamed, UTF-8; `bom=1` starts it with a byte order mark so that Excel opens accented names right (default: none). Cells that a spreadsheet would run as a formula are prefixed with a quote.
         */
        get: operations["cases_export_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cases list as XLSX
         * @description Every case the list endpoint would answer for the same filters and ordering, unpaginated, with the same columns (a partner state's liaison gets the partner columns). Audited. Amounts come as two columns, `<name>_amount` and `<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and `recovery_<figure>_currency`; a figure held in several currencies lists each, in the same order in both columns, separated by `; `, and is never summed). XLSX cells are typed: numbers (amounts with their currency's minor units), dates, date-times (UTC; Excel has no time zones), booleans, the rest text (a cell that a spreadsheet would run as a formula is prefixed with a quote). The header row is bold, frozen and filtered; the workbook names the user who exported it.
         */
        get: operations["cases_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List upcoming and overdue deadlines
         * @description The deadlines over the cases the caller may see, soonest first. Open ones by default; `open=false` for closed ones. Filter with `case`, `kind`, `overdue`, `due_before` and `due_after`.
         *
         *     Deadlines come from their sources (an MLA request's due date, a freeze order's expiry, a task's due date) and follow them; a follow-up is a date the case team sets by hand. Only deadlines of cases the caller may see exist for them (404 otherwise); a partner state's liaison does not see the owning team's follow-ups.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["deadlines_list"];
        put?: never;
        /**
         * Set a follow-up date on a case
         * @description Adds a follow-up deadline (`case`, `title`, `due_on`) and answers it (201). Follow-ups are the team's working notes: partner states never see them.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["deadlines_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadlines as an iCalendar feed
         * @description The caller's open deadlines for the next 400 days as `text/calendar`, for a calendar program to subscribe to. A calendar program sends no headers: give it the URL with `?token=` and a calendar feed token's key (create one at `/api/v1/deadlines/feed-tokens/`); a session or a personal API token works too.
         */
        get: operations["deadlines.ics_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one deadline
         * @description Deadlines come from their sources (an MLA request's due date, a freeze order's expiry, a task's due date) and follow them; a follow-up is a date the case team sets by hand. Only deadlines of cases the caller may see exist for them (404 otherwise); a partner state's liaison does not see the owning team's follow-ups.
         */
        get: operations["deadlines_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/{id}/complete/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a follow-up
         * @description Closes a follow-up and answers it. Other deadlines close with their source (an MLA request answered, a task done): closing one by hand is 400.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["deadlines_complete_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/feed-tokens/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your calendar feed tokens
         * @description Calendar feed tokens of the signed-in user: each one reads `/api/v1/deadlines.ics` (as `?token=`) and nothing else. Only the caller's own tokens exist for them (others' are 404).
         *
         *     Newest first; keys are never shown again.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         */
        get: operations["deadlines_feed_tokens_list"];
        put?: never;
        /**
         * Create a calendar feed token (its key and the feed's URL are shown once)
         * @description Creates a token and answers its `key` and the feed's `url`, shown this once: give the URL to the calendar program. Only from a signed-in session (403 with a token).
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["deadlines_feed_tokens_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/feed-tokens/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one of your calendar feed tokens
         * @description Calendar feed tokens of the signed-in user: each one reads `/api/v1/deadlines.ics` (as `?token=`) and nothing else. Only the caller's own tokens exist for them (others' are 404).
         */
        get: operations["deadlines_feed_tokens_retrieve"];
        put?: never;
        post?: never;
        /**
         * Revoke a calendar feed token
         * @description Calendar feed tokens of the signed-in user: each one reads `/api/v1/deadlines.ics` (as `?token=`) and nothing else. Only the caller's own tokens exist for them (others' are 404).
         *
         *     Revokes it at once (204): calendars subscribed with it stop updating.
         */
        delete: operations["deadlines_feed_tokens_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the documents the caller may see
         * @description A page of the documents of the cases the caller may see.
         *
         *     Each document's metadata (`sha256`, `size`, `content_type`); the bytes are at `GET /api/v1/documents/{id}/download/`. Filter with `case`, `asset`, `mla_request`, `kind` and `sha256`; superseded versions only with `include_superseded=true`.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["documents_list"];
        put?: never;
        /**
         * Upload a document (multipart/form-data)
         * @description Creates a document and answers it (201) with its `ETag`.
         *
         *     Send `multipart/form-data` with the `file`; a file over the size limit answers 413.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     The case team may upload to its case; a partner state's liaison may attach documents only to an MLA request addressed to their state (403 otherwise).
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["documents_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one document
         * @description One document by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["documents_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a document
         * @description Changes only the fields sent and answers the document as it is now, with its new `ETag`.
         *
         *     The case team may upload to its case; a partner state's liaison may attach documents only to an MLA request addressed to their state (403 otherwise).
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["documents_partial_update"];
        trace?: never;
    };
    "/api/v1/documents/{id}/download/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document's bytes
         * @description The stored bytes, streamed as an attachment (`Content-Disposition: attachment`), with the detected `Content-Type`, `X-Content-Type-Options: nosniff`, `Cache-Control: no-store` and `Repr-Digest: sha-256=:<base64>:`. Every download is recorded in the case's audit trail.
         *
         *     Compare `Repr-Digest` (or the document's `sha256`) with the bytes received to check them. A document the caller may not see is 404.
         */
        get: operations["documents_download_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description Needs no authentication, for load balancers and monitoring: 200 with `status` `ok` when the database and the task broker answer, 503 with `degraded` and the failing check otherwise.
         */
        get: operations["health_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mla-requests/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the MLA requests the caller may see
         * @description A page of the MLA requests of the cases the caller may see.
         *
         *     Mutual legal assistance requests, outgoing and incoming. Filter with `case`, `status`, `kind`, `direction`, `requested_state` and `overdue`; order with `?ordering=`. A liaison sees the requests addressed to their state in the cases shared with it.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["mla_requests_list"];
        put?: never;
        /**
         * Draft an MLA request
         * @description Creates a MLA request and answers it (201) with its `ETag`.
         *
         *     A new request is a `draft`; send it with the `send` action (`POST /api/v1/mla-requests/{request_id}/transitions/`). `requesting_state` defaults to the case's owning state.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["mla_requests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mla-requests/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one MLA request
         * @description One MLA request by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["mla_requests_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a MLA request
         * @description Changes only the fields sent and answers the MLA request as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["mla_requests_partial_update"];
        trace?: never;
    };
    "/api/v1/mla-requests/{request_id}/transitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request's history, oldest first
         * @description Every action taken on the MLA request (sent, acknowledged, further information requested, executed, ...), oldest first, with its dates and note.
         *
         *     Both sides of the request see its history: the owning state's prosecutors and the liaisons of the state it is addressed to, in a case shared with that state. A request the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["mla_requests_transitions_retrieve"];
        put?: never;
        /**
         * Act on the request (If-Match: its ETag)
         * @description Moves the request on by one `action` and answers it as it is now, with its new `ETag`. The requesting side sends (`send`, with an optional past `sent_on` for a paper dispatch) and withdraws; the requested side acknowledges, asks for further information (`request_info` with `reply_due_on`), postpones (`reason`), executes, partially executes or refuses (`refusal_grounds`). `allowed_actions` on the request lists what may follow its status.
         *
         *     An action not allowed from the current status is 409 (with `current_status` and `allowed_actions`); an action of the other side is 403; a request the caller may not see is 404.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["mla_requests_transitions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mla-requests/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mla requests list as CSV
         * @description Every mla request the list endpoint would answer for the same filters and ordering, unpaginated, with the same columns (a partner state's liaison gets the partner columns). Audited. Amounts come as two columns, `<name>_amount` and `<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and `recovery_<figure>_currency`; a figure held in several currencies lists each, in the same order in both columns, separated by `; `, and is never summed). CSV is streamed, UTF-8; `bom=1` starts it with a byte order mark so that Excel opens accented names right (default: none). Cells that a spreadsheet would run as a formula are prefixed with a quote.
         */
        get: operations["mla_requests_export_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mla-requests/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mla requests list as XLSX
         * @description Every mla request the list endpoint would answer for the same filters and ordering, unpaginated, with the same columns (a partner state's liaison gets the partner columns). Audited. Amounts come as two columns, `<name>_amount` and `<name>_currency` (an asset's recovery figures as `recovery_<figure>_amount` and `recovery_<figure>_currency`; a figure held in several currencies lists each, in the same order in both columns, separated by `; `, and is never summed). XLSX cells are typed: numbers (amounts with their currency's minor units), dates, date-times (UTC; Excel has no time zones), booleans, the rest text (a cell that a spreadsheet would run as a formula is prefixed with a quote). The header row is bold, frozen and filtered; the workbook names the user who exported it.
         */
        get: operations["mla_requests_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your notifications
         * @description The signed-in user's own notifications (another user's are 404). A notification about something the user can no longer see (a share revoked, a case closed to them) disappears from the inbox.
         *
         *     Newest first. Filter with `unread=true` and `kind`.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one notification
         * @description The signed-in user's own notifications (another user's are 404). A notification about something the user can no longer see (a share revoked, a case closed to them) disappears from the inbox.
         */
        get: operations["notifications_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one as read
         * @description Marks the notification as read and answers it; marking it again changes nothing.
         *
         *     The signed-in user's own notifications (another user's are 404). A notification about something the user can no longer see (a share revoked, a case closed to them) disappears from the inbox.
         */
        post: operations["notifications_read_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all as read
         * @description Marks every unread notification of the caller as read and answers how many.
         */
        post: operations["notifications_read_all_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many are unread
         * @description The number of the caller's unread notifications, for a badge.
         */
        get: operations["notifications_unread_count_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Totals over the cases the caller may see
         * @description Counts and amounts of the assets the caller may see (a partner state's liaison: the shared cases' non-restricted assets) by stage, jurisdiction, owner state and origin state; the acts recorded per year; the MLA requests the caller may see, open, overdue and refused per requested state, with median times; freezes lapsing within 30 days. Amounts are summed per currency and converted to the reporting currency at the latest ECB rate on or before `as_of` (each conversion states its rate dates; a missing rate is listed, never guessed).
         */
        get: operations["reports_summary_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report summary as CSV
         * @description The figures of GET /api/v1/reports/summary/ for the same `as_of` and `currency` and the same caller, one row per figure: table, group, figure, value (in the reporting currency for amounts), currency, complete (every currency had a rate), count. Audited. CSV is streamed, UTF-8; `bom=1` starts it with a byte order mark so that Excel opens accented names right (default: none). Cells that a spreadsheet would run as a formula are prefixed with a quote.
         */
        get: operations["report_summary_export_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/summary.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report summary as XLSX
         * @description The figures of GET /api/v1/reports/summary/ for the same `as_of` and `currency` and the same caller, one row per figure: table, group, figure, value (in the reporting currency for amounts), currency, complete (every currency had a rate), count. Audited. XLSX cells are typed: numbers (amounts with their currency's minor units), dates, date-times (UTC; Excel has no time zones), booleans, the rest text (a cell that a spreadsheet would run as a formula is prefixed with a quote). The header row is bold, frozen and filtered; the workbook names the user who exported it.
         */
        get: operations["report_summary_export_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sharing-agreements/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the asset-sharing agreements the caller may see
         * @description A page of the asset-sharing agreements of the cases the caller may see.
         *
         *     How what a confiscation obtained (a confiscated asset, or what was paid of a value order) is split between the executing and the issuing state: by the EU 2018/1805 Art. 30(7) default (all to the executing state up to EUR 10 000, half to the issuing state above) or by an agreed share (CETS 198 Art. 25(3)). The split is computed, in the currency's minor units. A partner state's liaison sees the agreements their state is party to. Filter with `case`, `asset` and `value_order`.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["sharing_agreements_list"];
        put?: never;
        /**
         * Add an asset-sharing agreement to a case
         * @description Creates an asset-sharing agreement and answers it (201) with its `ETag`.
         *
         *     Name the confiscated `asset` or the final `value_order`; the `amount` may not exceed what was confiscated (less upheld third-party claims) or satisfied, with the other agreements on it. The default rule binds EU member states taking part in Regulation 2018/1805; an amount not in EUR needs its `eur_value`. An agreed share needs `issuing_share_percent` and `agreement_reference`.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["sharing_agreements_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sharing-agreements/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one asset-sharing agreement
         * @description One asset-sharing agreement by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["sharing_agreements_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an asset-sharing agreement
         * @description Changes only the fields sent and answers the asset-sharing agreement as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["sharing_agreements_partial_update"];
        trace?: never;
    };
    "/api/v1/states/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the states
         * @description The ISO 3166-1 states (`code` alpha-2, `alpha3`, `numeric`, `name`), by code. Any signed-in user (session or `Authorization: Token <key>`).
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         */
        get: operations["states_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/states/{code}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one state
         * @description One state by its alpha-2 code (`GB`; case does not matter). Any signed-in user (session or `Authorization: Token <key>`).
         */
        get: operations["states_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subjects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the subjects the caller may see
         * @description A page of the subjects of the cases the caller may see.
         *
         *     Persons and organizations (officials, family, associates, nominees, corporate vehicles) with the officials' dated occupancies. Filter with `case`, `kind`, `role` and `q` (names and aliases); order with `?ordering=`.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["subjects_list"];
        put?: never;
        /**
         * Add a subject to a case
         * @description Creates a subject and answers it (201) with its `ETag`.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["subjects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subjects/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one subject
         * @description One subject by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["subjects_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a subject
         * @description Changes only the fields sent and answers the subject as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["subjects_partial_update"];
        trace?: never;
    };
    "/api/v1/subjects/{subject_id}/matches/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Matches of a subject in other cases
         * @description Subjects of other cases that the caller may see and that the name-matching algorithm scores at or above the threshold: found by shared identifiers (passport, national id, tax and company numbers, LEI) and by names across scripts and transliterations. Best first, each with the features that made its score and the team's decision.
         */
        get: operations["subjects_matches_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subjects/{subject_id}/matches/{match_id}/decision/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on a subject's match
         * @description The case team's judgement: `positive` (the same entity: the two cases become linked), `negative` (not the same) or `unsure`. Audited on the case's trail. Only the team of the record's case (prosecutors of the owning state) decides; a match the caller does not see is a 404.
         */
        post: operations["subjects_matches_decision_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subjects/{subject_id}/watchlist-hits/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Watch-list hits of a subject
         * @description The entries of the PEP and sanctions lists in force that the name-matching algorithm scores at or above the matching threshold against this subject, best first, each with its list, version, features and the team's decision. A partner state's liaison sees the hits of the subjects of a shared case they may see; a subject the caller may not see is a 404.
         */
        get: operations["subjects_watchlist_hits_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subjects/{subject_id}/watchlist-hits/{hit_id}/decision/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide on a subject's watch-list hit
         * @description The case team's judgement on a hit: `positive` (the subject is the listed person or entity), `negative` (not the same) or `unsure`. Audited on the case's trail. Only the team of the subject's case decides; a hit the caller does not see is a 404.
         */
        post: operations["subjects_watchlist_hits_decision_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tasks the caller may see
         * @description A page of the tasks of the cases the caller may see.
         *
         *     Work items of a case's team, with their assignee, due date and status (`open`, `in_progress`, `done`, `cancelled`). Filter with `case`, `asset`, `mla_request`, `assignee`, `status` and `overdue`; order with `?ordering=`.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["tasks_list"];
        put?: never;
        /**
         * Add a task to a case
         * @description Creates a task and answers it (201) with its `ETag`.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one task
         * @description One task by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["tasks_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a task
         * @description Changes only the fields sent and answers the task as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["tasks_partial_update"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/comments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The task's comments, oldest first
         * @description The comments on the task, oldest first, with their authors. A task the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         */
        get: operations["tasks_comments_retrieve"];
        put?: never;
        /**
         * Comment on the task
         * @description Adds a comment (`body`) and answers it (201). Whoever may move the task along (its assignee and the case team) may comment; others who see it get 403. A task the caller may not see is 404.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["tasks_comments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/waive/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waive a task required before an act, with the reason (audited)
         * @description Sets aside an open task that is required before a legal act (its `mandatory_before`), so that the act may go ahead; the `reason` is required and recorded in the case's audit trail. The task answers as `cancelled`, with its new `ETag`. A task that is not required before an act, or no longer open, is 400.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     A task the caller may not see is 404. Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["tasks_waive_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/third-party-claims/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the third-party claims the caller may see
         * @description A page of the third-party claims of the cases the caller may see.
         *
         *     Claims of bona fide third parties on a case's assets (UNCAC Art. 31(9), 55(9)), for an amount or a share, with their status (`filed`, `upheld`, `partly_upheld`, `dismissed`) and decision. An upheld claim's amount is not confiscated or returned. Filter with `case`, `asset` and `status`.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["third_party_claims_list"];
        put?: never;
        /**
         * Add a third-party claim to a case
         * @description Creates a third-party claim and answers it (201) with its `ETag`.
         *
         *     A claim names an `asset` of the case and either `claimed_amount` or `claimed_share_percent`; it starts `filed`.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["third_party_claims_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/third-party-claims/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one third-party claim
         * @description One third-party claim by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["third_party_claims_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a third-party claim
         * @description Changes only the fields sent and answers the third-party claim as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["third_party_claims_partial_update"];
        trace?: never;
    };
    "/api/v1/third-party-claims/{id}/decision/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decision on a third-party claim
         * @description Records the decision on a `filed` claim: `upheld`, `partly_upheld` (with the `upheld_amount`, in the claim's currency, or the `upheld_share_percent`) or `dismissed`, by `decision_authority` on `decided_on`. From then on what the claim won is carved out of what can be confiscated or returned from its asset. A claim already decided is 409.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     A claim the caller may not see is 404. Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["third_party_claims_decision_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/value-orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the value orders the caller may see
         * @description A page of the value orders of the cases the caller may see.
         *
         *     Value-based confiscation orders (UNCAC Art. 31(1)(a), CETS 198 Art. 3): an amount to be paid by a subject of the case (or on the case), with its legal order, what was satisfied of it from the case's assets and what is outstanding. Filter with `case`, `subject` and `final`.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["value_orders_list"];
        put?: never;
        /**
         * Add a value order to a case
         * @description Creates a value order and answers it (201) with its `ETag`.
         *
         *     A `case` the caller may not see is refused as invalid input (400), like an id that does not exist.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["value_orders_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/value-orders/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one value order
         * @description One value order by its id.
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     The answer carries an `ETag` header; send it back as `If-Match` on a change.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        get: operations["value_orders_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a value order
         * @description Changes only the fields sent and answers the value order as it is now, with its new `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     Prosecutors see the cases of their own state; a partner state's liaison sees only the cases shared with their state and, inside them, nothing marked `restricted` (and fewer fields). Anything the caller may not see answers 404, exactly as an id that does not exist.
         *
         *     Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        patch: operations["value_orders_partial_update"];
        trace?: never;
    };
    "/api/v1/value-orders/{id}/satisfactions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What was paid of the value order, asset by asset
         * @description The satisfactions of the order, oldest first: each names the asset it was paid from and the amount, in the order's currency. A partner state's liaison sees those from assets they may see. An order the caller may not see is 404.
         *
         *     Paginated: `?page=N&page_size=M` (25 by default, at most 200), answered as `{"count", "next", "previous", "results"}`.
         */
        get: operations["value_orders_satisfactions_retrieve"];
        put?: never;
        /**
         * Satisfy part of the value order from an asset (answers the order after it)
         * @description Records that `amount` (in the order's currency) of a final order is paid from `asset`, an asset of the same case that is frozen (the freeze in force) or seized. It is never more than the order's outstanding amount, nor than what is restrained on the asset in that currency once upheld third-party claims and earlier satisfactions are taken out: 400 otherwise. Answers the order with its new `outstanding` and `ETag`.
         *
         *     Only the case team (the lead prosecutor and the team members of the owning state) may do this; others who may see the case get 403.
         *
         *     Send the `ETag` you last read as `If-Match`: a stale one answers 412 and changes nothing (re-read the object and try again).
         *
         *     An `Idempotency-Key` header makes a retry safe: the same key and body answer the first result again instead of creating twice.
         *
         *     An order the caller may not see is 404. Errors are `application/problem+json` (`status`, `title`, `detail`, and for invalid input an `errors` list of `{attr, code, detail}`).
         */
        post: operations["value_orders_satisfactions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActsOfYear: {
            /** @description Year of the order behind the act (as corrected), else of its recording. */
            year: number;
            action: components["schemas"]["AssetActionEnum"];
            count: number;
            /** @description Sums of the acts' amounts, per currency. */
            amounts: components["schemas"]["Money"][];
            converted: components["schemas"]["Converted"];
        };
        ApiToken: {
            /** Format: uuid */
            readonly id: string;
            name: string;
            readonly key_prefix: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: date-time */
            readonly last_used_at: string | null;
            /** Format: date-time */
            readonly revoked_at: string | null;
        };
        ApiTokenCreated: {
            /** Format: uuid */
            readonly id: string;
            name: string;
            readonly key_prefix: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: date-time */
            readonly last_used_at: string | null;
            /** Format: date-time */
            readonly revoked_at: string | null;
            /** @description Shown once; store it now. */
            readonly key: string;
        };
        ApiTokenRequest: {
            name: string;
            /** Format: date-time */
            expires_at?: string | null;
        };
        /**
         * @description * `a` - 57(3)(a): embezzled public funds, returned to the requesting state
         *     * `b` - 57(3)(b): proceeds of other offences, returned on proof of ownership or damage
         *     * `c` - 57(3)(c): all other cases, priority to the requesting state, owners or victims
         * @enum {string}
         */
        Art57TierEnum: "a" | "b" | "c";
        /** @description A partner state's view of a non-restricted asset: no internal notes, no source. */
        Asset: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            readonly kind: components["schemas"]["AssetKindEnum"];
            readonly description: string;
            readonly details: {
                [key: string]: string;
            };
            readonly jurisdiction: string;
            /** Format: uuid */
            readonly holder: string | null;
            /** Format: uuid */
            readonly beneficial_owner: string | null;
            readonly estimated_value: components["schemas"]["Money"] | null;
            /** @description No estimated value is known yet (`estimated_value` is null). */
            readonly not_yet_valued: boolean;
            /** @description A crypto wallet's holding in its own unit (exact), beside the fiat estimate. */
            readonly holding: components["schemas"]["Holding"] | null;
            readonly offence_category: components["schemas"]["OffenceCategoryEnum"] | components["schemas"]["BlankEnum"];
            readonly stage: components["schemas"]["AssetStageEnum"];
            /** Format: date */
            readonly freeze_expires_on: string | null;
            /**
             * Format: date
             * @description The day the freeze lapsed (its expiry passed where the asset sits, unrenewed): it restrains nothing and cannot be renewed; null while it is in force or not frozen.
             */
            readonly freeze_lapsed_on: string | null;
            readonly recovery: components["schemas"]["Recovery"];
            /** @description How the asset was traced (intelligence, records). */
            readonly source?: string;
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /** @description One act the caller may record on the asset now, with what its form must ask. */
        AssetAction: {
            action: components["schemas"]["AssetActionEnum"];
            /** @description The stage after the act; null when the act keeps the stage; `restrained`: back to seized while a seizure order is in force, else frozen.
             *
             *     * `identified` - Identified
             *     * `frozen` - Frozen
             *     * `seized` - Seized
             *     * `under_appeal` - Confiscated, under appeal
             *     * `confiscated` - Confiscated
             *     * `repatriated` - Repatriated
             *     * `released` - Released
             *     * `restrained` - Frozen or seized, as the orders in force */
            to_stage: (components["schemas"]["AssetActionToStageEnum"] | components["schemas"]["NullEnum"]) | null;
            meaning: string;
            /** @description What the act must carry. */
            requires: components["schemas"]["Requirement"][];
            /** @description Every input field the act may carry (anything else is refused). */
            carries: string[];
            /** @description Whether the act may be recorded on many assets under one order (POST /api/v1/assets/transitions/bulk/). */
            bulk: boolean;
        };
        /**
         * @description * `freeze` - Freeze
         *     * `renew_freeze` - Renew the freeze
         *     * `decide_not_to_freeze` - Decide not to freeze
         *     * `seize` - Seize
         *     * `confiscate` - Confiscate
         *     * `confiscate_under_appeal` - Confiscate at first instance (appealable)
         *     * `confirm_confiscation` - The confiscation becomes final
         *     * `quash_confiscation` - The confiscation is quashed on appeal
         *     * `quash_keeping_restraint` - The confiscation is quashed on appeal; the restraint stays in force
         *     * `repatriate` - Repatriate (a tranche)
         *     * `release` - Release
         *     * `release_order` - Release one order (the others stay in force)
         *     * `release_part` - Release part of the restrained value
         *     * `apply_to_value_order` - Applied in part to a value order (realised)
         *     * `sell_before_judgment` - Sale before judgment (restrained property turned into cash)
         *     * `correct_record` - Correct the record of an earlier act
         * @enum {string}
         */
        AssetActionEnum: "freeze" | "renew_freeze" | "decide_not_to_freeze" | "seize" | "confiscate" | "confiscate_under_appeal" | "confirm_confiscation" | "quash_confiscation" | "quash_keeping_restraint" | "repatriate" | "release" | "release_order" | "release_part" | "apply_to_value_order" | "sell_before_judgment" | "correct_record";
        /**
         * @description * `identified` - Identified
         *     * `frozen` - Frozen
         *     * `seized` - Seized
         *     * `under_appeal` - Confiscated, under appeal
         *     * `confiscated` - Confiscated
         *     * `repatriated` - Repatriated
         *     * `released` - Released
         *     * `restrained` - Frozen or seized, as the orders in force
         * @enum {string}
         */
        AssetActionToStageEnum: "identified" | "frozen" | "seized" | "under_appeal" | "confiscated" | "repatriated" | "released" | "restrained";
        AssetActionsOf: {
            /** Format: uuid */
            asset: string;
            actions: components["schemas"]["AssetAction"][];
        };
        AssetCreateRequest: {
            kind: components["schemas"]["AssetKindEnum"];
            description: string;
            /** @description Identifying fields of each kind (* required): bank_account: iban, account_number, bic, bank_name*, account_holder_name, currency; real_estate: address*, title_number, land_registry, property_type; company_shares: company_name*, company_number, share_count, percentage; securities: isin*, custodian, quantity; vehicle: registration_number*, vin, make_model; vessel: name*, imo_number, mmsi, flag_state, length_m; aircraft: registration_mark*, serial_number, model; crypto_wallet: address*, network*; cash: location*, currency; valuables: description_of_item*, location; other: reference */
            details?: {
                [key: string]: string;
            };
            /** @example GB */
            jurisdiction: string;
            /** Format: uuid */
            holder?: string | null;
            /** Format: uuid */
            beneficial_owner?: string | null;
            /** @description Required to create an asset, unless `not_yet_valued` is true. */
            estimated_value?: components["schemas"]["MoneyRequest"] | null;
            /** @description True when no estimated value is known yet (then `estimated_value` is null); giving an estimated value sets it false. */
            not_yet_valued?: boolean;
            /** @description Crypto wallets only: the holding in its own unit, beside `estimated_value`. */
            holding?: components["schemas"]["HoldingRequest"] | null;
            /** @description The offence the asset is the proceeds of, when not the case's (empty: the case's); the tier of UNCAC Art. 57(3) at its return follows from it.
             *
             *     * `embezzlement` - Embezzlement of public funds
             *     * `laundering_embezzled` - Laundering of embezzled public funds
             *     * `bribery` - Bribery
             *     * `laundering` - Laundering of proceeds (of other offences)
             *     * `other` - Other offence */
            offence_category?: components["schemas"]["OffenceCategoryEnum"] | components["schemas"]["BlankEnum"];
            source?: string;
            restricted?: boolean;
            internal_notes?: string;
            /** Format: uuid */
            case: string;
        };
        AssetGroup: {
            /** @description Number of assets. */
            count: number;
            /** @description Assets whose freeze is in force (not lapsed, released, seized or confiscated). */
            frozen_now_count: number;
            /** @description Assets frozen at any time (a freeze among their acts, whatever followed). */
            ever_frozen_count: number;
            figures: components["schemas"]["Figures"];
        };
        /**
         * @description * `bank_account` - Bank account
         *     * `real_estate` - Real estate
         *     * `company_shares` - Company shares
         *     * `securities` - Securities
         *     * `vehicle` - Vehicle
         *     * `vessel` - Vessel
         *     * `aircraft` - Aircraft
         *     * `crypto_wallet` - Crypto wallet
         *     * `cash` - Cash
         *     * `valuables` - Art or valuables
         *     * `other` - Other
         * @enum {string}
         */
        AssetKindEnum: "bank_account" | "real_estate" | "company_shares" | "securities" | "vehicle" | "vessel" | "aircraft" | "crypto_wallet" | "cash" | "valuables" | "other";
        AssetMatch: {
            /**
             * Format: double
             * @description logic-v2 score, 0 to 1.
             */
            score: number;
            readonly algorithm: string;
            /** @description The features that made the score, by name. */
            explanation: {
                [key: string]: components["schemas"]["Feature"];
            };
            /** @description The team's decision, if any.
             *
             *     * `positive` - Same entity
             *     * `negative` - Not the same
             *     * `unsure` - Unsure */
            judgement: (components["schemas"]["JudgementEnum"] | components["schemas"]["NullEnum"]) | null;
            /** Format: date-time */
            decided_at: string | null;
            /**
             * Format: uuid
             * @description The match: the same id from either side of the pair.
             */
            id: string;
            /** @description The asset of another case that matches. */
            matched: components["schemas"]["MatchedAsset"];
        };
        /**
         * @description * `identified` - Identified
         *     * `frozen` - Frozen
         *     * `seized` - Seized
         *     * `under_appeal` - Confiscated, under appeal
         *     * `confiscated` - Confiscated
         *     * `repatriated` - Repatriated
         *     * `released` - Released
         * @enum {string}
         */
        AssetStageEnum: "identified" | "frozen" | "seized" | "under_appeal" | "confiscated" | "repatriated" | "released";
        AssetTotals: {
            total: components["schemas"]["AssetGroup"];
            by_stage: components["schemas"]["StageGroup"][];
            by_jurisdiction: components["schemas"]["JurisdictionGroup"][];
            by_owner_state: components["schemas"]["OwnerStateGroup"][];
            by_origin_state: components["schemas"]["OriginStateGroup"][];
        };
        /** @description An act as the owning state sees it. */
        AssetTransition: {
            /** Format: uuid */
            readonly id: string;
            readonly sequence: number;
            readonly action: components["schemas"]["AssetActionEnum"];
            readonly from_stage: components["schemas"]["AssetStageEnum"];
            readonly to_stage: components["schemas"]["AssetStageEnum"];
            readonly order: components["schemas"]["TransitionOrder"] | null;
            readonly amount: components["schemas"]["Money"] | null;
            readonly basis: components["schemas"]["BasisEnum"] | components["schemas"]["BlankEnum"];
            readonly final: boolean | null;
            readonly art57_tier: components["schemas"]["Art57TierEnum"] | components["schemas"]["BlankEnum"];
            readonly recipient: components["schemas"]["RecipientEnum"] | components["schemas"]["BlankEnum"];
            readonly recipient_state: string;
            readonly final_judgment: string;
            readonly final_judgment_waived: boolean | null;
            readonly entitlement: components["schemas"]["EntitlementEnum"] | components["schemas"]["BlankEnum"];
            readonly entitlement_evidence: string;
            readonly deducted_expenses: components["schemas"]["Money"] | null;
            readonly disposal_agreement: string;
            readonly release_reason: components["schemas"]["ReleaseReasonEnum"] | components["schemas"]["BlankEnum"];
            /** Format: date */
            readonly sold_on: string | null;
            /**
             * Format: uuid
             * @description The order a renewal renews or a release_order lifts.
             */
            readonly restraint_order: string;
            /** Format: uuid */
            readonly corrects: string;
            /** @description Later acts that correct this one, in the order they were recorded. */
            readonly corrected_by: string[];
            /** Format: uuid */
            readonly batch_id: string | null;
            /** Format: date-time */
            readonly performed_at: string;
            readonly performed_by?: components["schemas"]["UserRef"];
            readonly note?: string;
        };
        /** @description One order for many assets: all recorded, or none. */
        AssetTransitionBulkInputRequest: {
            /** @description Ids of the assets (at most 500). */
            assets: string[];
            /** @description One of: freeze, renew_freeze, seize, release, decide_not_to_freeze (acts with amounts go one by one).
             *
             *     * `freeze` - Freeze
             *     * `renew_freeze` - Renew the freeze
             *     * `decide_not_to_freeze` - Decide not to freeze
             *     * `seize` - Seize
             *     * `confiscate` - Confiscate
             *     * `confiscate_under_appeal` - Confiscate at first instance (appealable)
             *     * `confirm_confiscation` - The confiscation becomes final
             *     * `quash_confiscation` - The confiscation is quashed on appeal
             *     * `quash_keeping_restraint` - The confiscation is quashed on appeal; the restraint stays in force
             *     * `repatriate` - Repatriate (a tranche)
             *     * `release` - Release
             *     * `release_order` - Release one order (the others stay in force)
             *     * `release_part` - Release part of the restrained value
             *     * `apply_to_value_order` - Applied in part to a value order (realised)
             *     * `sell_before_judgment` - Sale before judgment (restrained property turned into cash)
             *     * `correct_record` - Correct the record of an earlier act */
            action: components["schemas"]["AssetActionEnum"];
            order?: components["schemas"]["OrderRequest"];
            note?: string;
        };
        AssetTransitionBulkResult: {
            /**
             * Format: uuid
             * @description Shared by the transitions of this bulk act.
             */
            batch_id: string;
            /** @description The assets after the act, by id. */
            results: components["schemas"]["Asset"][];
        };
        /** @description One act; which fields it needs is the rules table's `requires` (docs/asset-lifecycle.md). */
        AssetTransitionInputRequest: {
            action: components["schemas"]["AssetActionEnum"];
            order?: components["schemas"]["OrderRequest"];
            /** @description Frozen or seized (optional), confiscated, or returned by this tranche. */
            amount?: components["schemas"]["MoneyRequest"];
            /** @description confiscate, confiscate_under_appeal
             *
             *     * `conviction` - Conviction-based
             *     * `non_conviction` - Non-conviction-based (NCB) */
            basis?: components["schemas"]["BasisEnum"];
            /** @description confiscate: the order is final (required to be true). */
            final?: boolean;
            /** @description repatriate
             *
             *     * `requesting_state` - The requesting state
             *     * `victims` - Victims
             *     * `prior_owners` - Prior legitimate owners */
            recipient?: components["schemas"]["RecipientEnum"];
            /**
             * @description repatriate, to the requesting state: the state that asked for the asset.
             * @example GB
             */
            recipient_state?: string | null;
            /** @description repatriate: the final judgment in the requesting state (court, reference, date) the return rests on; UNCAC Art. 57(3)(a), (b). */
            final_judgment?: string;
            /** @description repatriate: the requested state waived the final judgment (57(3)(a), (b)). */
            final_judgment_waived?: boolean | null;
            /** @description repatriate under 57(3)(b): the requesting state's prior ownership, or the damage to it the requested state recognises.
             *
             *     * `prior_ownership` - The requesting state reasonably established its prior ownership
             *     * `recognised_damage` - The requested state recognises damage to the requesting state */
            entitlement?: components["schemas"]["EntitlementEnum"] | components["schemas"]["BlankEnum"];
            /** @description repatriate under 57(3)(b): what establishes the ownership or the damage. */
            entitlement_evidence?: string;
            /** @description repatriate: UNCAC Art. 57(4), in the tranche's currency. */
            deducted_expenses?: components["schemas"]["MoneyRequest"];
            /** @description repatriate: Art. 57(5). */
            disposal_agreement?: string;
            /**
             * Format: uuid
             * @description correct_record: the earlier act of this asset it corrects.
             */
            corrects?: string;
            /** @description release_part: why.
             *
             *     * `living_expenses` - Living expenses of the owner or family
             *     * `legal_expenses` - Legal expenses
             *     * `other` - Other (see the note) */
            release_reason?: components["schemas"]["ReleaseReasonEnum"];
            /**
             * Format: uuid
             * @description renew_freeze: the freeze order it renews (optional when the asset has one); release_order: the order it lifts. An order's id is that of the act that made it (GET /api/v1/assets/{asset_id}/restraint-orders/).
             */
            restraint_order?: string;
            /**
             * Format: date
             * @description sell_before_judgment: the day of the sale (the `order` is its authorisation, the `amount` its price).
             */
            sold_on?: string;
            note?: string;
        };
        AssetValuation: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly asset: string;
            /** Format: date */
            readonly valued_on: string;
            readonly amount: components["schemas"]["Money"];
            readonly method: string;
            /** Format: date-time */
            readonly recorded_at: string;
            readonly recorded_by?: components["schemas"]["UserRef"];
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        AssetValuationInputRequest: {
            /**
             * Format: date
             * @description The day the asset was worth `amount` (not ahead).
             */
            valued_on: string;
            amount: components["schemas"]["MoneyRequest"];
            /** @description How the figure was reached, or its source (a bank statement, a surveyor). */
            method: string;
        };
        /** @description The asset as its team sees it after an act, with its restraint orders. */
        AssetWithOrders: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            readonly kind: components["schemas"]["AssetKindEnum"];
            readonly description: string;
            readonly details: {
                [key: string]: string;
            };
            readonly jurisdiction: string;
            /** Format: uuid */
            readonly holder: string | null;
            /** Format: uuid */
            readonly beneficial_owner: string | null;
            readonly estimated_value: components["schemas"]["Money"] | null;
            /** @description No estimated value is known yet (`estimated_value` is null). */
            readonly not_yet_valued: boolean;
            /** @description A crypto wallet's holding in its own unit (exact), beside the fiat estimate. */
            readonly holding: components["schemas"]["Holding"] | null;
            readonly offence_category: components["schemas"]["OffenceCategoryEnum"] | components["schemas"]["BlankEnum"];
            readonly stage: components["schemas"]["AssetStageEnum"];
            /** Format: date */
            readonly freeze_expires_on: string | null;
            /**
             * Format: date
             * @description The day the freeze lapsed (its expiry passed where the asset sits, unrenewed): it restrains nothing and cannot be renewed; null while it is in force or not frozen.
             */
            readonly freeze_lapsed_on: string | null;
            readonly recovery: components["schemas"]["Recovery"];
            /** @description How the asset was traced (intelligence, records). */
            readonly source: string;
            /** @description Owning state only. */
            readonly restricted: boolean;
            readonly internal_notes: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly version: number;
            readonly restraint_orders: components["schemas"]["RestraintOrder"][];
        };
        /** @description One event as the owning state sees it, with its place in the case's hash chain. */
        AuditEvent: {
            /** Format: uuid */
            readonly id: string;
            /** Format: date-time */
            readonly occurred_at: string;
            readonly action: string;
            readonly object_type: string;
            readonly object_id: string;
            /** @description The state of the user who acted (if any). */
            readonly actor_state: string | null;
            readonly request_id: string;
            /** @description {"before": {...}, "after": {...}}: the fields this caller may see. */
            readonly changes: {
                [key: string]: unknown;
            };
            readonly actor?: components["schemas"]["UserRef"] | null;
            readonly actor_label?: string;
            readonly client_address?: string | null;
            readonly restricted?: boolean;
            readonly sequence?: number;
            readonly previous_hash?: string;
            readonly hash?: string;
        };
        /**
         * @description * `conviction` - Conviction-based
         *     * `non_conviction` - Non-conviction-based (NCB)
         * @enum {string}
         */
        BasisEnum: "conviction" | "non_conviction";
        /** @enum {unknown} */
        BlankEnum: "";
        CalendarFeedToken: {
            /** Format: uuid */
            readonly id: string;
            /** @description Where it is used (a phone, a calendar). */
            name: string;
            readonly key_prefix: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly last_used_at: string | null;
            /** Format: date-time */
            readonly revoked_at: string | null;
        };
        CalendarFeedTokenCreated: {
            /** Format: uuid */
            readonly id: string;
            /** @description Where it is used (a phone, a calendar). */
            name: string;
            readonly key_prefix: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly last_used_at: string | null;
            /** Format: date-time */
            readonly revoked_at: string | null;
            /** @description Shown once; store it now. */
            readonly key: string;
            /** @description The feed's URL with this key, for a calendar to subscribe to. */
            readonly url: string;
        };
        CalendarFeedTokenRequest: {
            /** @description Where it is used (a phone, a calendar). */
            name: string;
        };
        /** @description The owning state's view of a case. */
        Case: {
            /** Format: uuid */
            readonly id: string;
            readonly reference: string;
            readonly title: string;
            readonly summary: string;
            readonly status: components["schemas"]["CaseStatusEnum"];
            readonly owner_state: string;
            readonly origin_state: string;
            readonly offence_category: components["schemas"]["OffenceCategoryEnum"];
            readonly lead_prosecutor: components["schemas"]["UserRef"];
            /** Format: date */
            readonly opened_on: string;
            /** Format: date */
            readonly closed_on: string | null;
            readonly team?: components["schemas"]["UserRef"][];
            readonly jurisdictions?: components["schemas"]["Jurisdiction"][];
            /** @description Art. 57(3) tier that the offence category gives at repatriation: a, b or c. */
            readonly uncac_art57_tier?: string;
            /** @description For the owning state's team only. */
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /** @description One case as its owning state sees it, with the figures over all its assets. */
        CaseDetail: {
            /** Format: uuid */
            readonly id: string;
            readonly reference: string;
            readonly title: string;
            readonly summary: string;
            readonly status: components["schemas"]["CaseStatusEnum"];
            readonly owner_state: string;
            readonly origin_state: string;
            readonly offence_category: components["schemas"]["OffenceCategoryEnum"];
            readonly lead_prosecutor: components["schemas"]["UserRef"];
            /** Format: date */
            readonly opened_on: string;
            /** Format: date */
            readonly closed_on: string | null;
            readonly team?: components["schemas"]["UserRef"][];
            readonly jurisdictions?: components["schemas"]["Jurisdiction"][];
            /** @description Art. 57(3) tier that the offence category gives at repatriation: a, b or c. */
            readonly uncac_art57_tier?: string;
            /** @description For the owning state's team only. */
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
            readonly recovery: components["schemas"]["Recovery"];
        };
        CaseLink: {
            /** Format: uuid */
            id: string;
            /** @description The case at the other end. */
            readonly linked_case: components["schemas"]["LinkedCase"];
            /**
             * Format: uuid
             * @description The confirmed match.
             */
            match: string;
            /**
             * Format: uuid
             * @description This case's subject or asset that the confirmed match is about (where the link chart draws the link from).
             */
            readonly record: string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description * `open` - Open
         *     * `closed` - Closed
         *     * `archived` - Archived
         * @enum {string}
         */
        CaseStatusEnum: "open" | "closed" | "archived";
        CaseWriteRequest: {
            title: string;
            summary?: string;
            /** @example GB */
            origin_state: string;
            offence_category: components["schemas"]["OffenceCategoryEnum"];
            /** Format: date */
            opened_on?: string;
            /** Format: uuid */
            lead_prosecutor?: string;
            team?: string[];
            jurisdictions?: components["schemas"]["JurisdictionRequest"][];
            internal_notes?: string;
        };
        /** @description A sum across currencies in the reporting currency, with the rates it used. */
        Converted: {
            /** @description Decimal string, rounded to the cent once. */
            amount: string;
            currency: string;
            /** @description False when a currency had no rate on or before `as_of`: its amounts are left out of `amount` and listed in `missing_rates`. */
            complete: boolean;
            missing_rates: string[];
            /** @description The rates (and their dates) used. */
            rates: components["schemas"]["RateUsed"][];
        };
        CsrfToken: {
            csrf_token: string;
        };
        Deadline: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            readonly case_reference: string;
            readonly kind: components["schemas"]["DeadlineKindEnum"];
            /** Format: uuid */
            readonly source_id: string;
            /**
             * Format: uuid
             * @description freeze_expiry: the asset the freeze order is on (`source_id` is the order, as listed by GET /api/v1/assets/{asset_id}/restraint-orders/); null for other kinds.
             */
            readonly asset: string | null;
            readonly title: string;
            /** Format: date */
            readonly due_on: string;
            readonly acting_state: string;
            readonly open: boolean;
            readonly overdue: boolean;
        };
        /**
         * @description * `mla_response` - Answer to an MLA request due
         *     * `mla_info_reply` - Further information for an MLA request due
         *     * `freeze_expiry` - Freeze order expires
         *     * `share_expiry` - Share with a partner state expires
         *     * `follow_up` - Follow-up set by a prosecutor
         *     * `task_due` - Task of a case due
         * @enum {string}
         */
        DeadlineKindEnum: "mla_response" | "mla_info_reply" | "freeze_expiry" | "share_expiry" | "follow_up" | "task_due";
        Decision: {
            /**
             * Format: uuid
             * @description The match decided on.
             */
            id: string;
            judgement: components["schemas"]["JudgementEnum"];
            /** Format: date-time */
            decided_at: string;
            /**
             * Format: uuid
             * @description The other case, now linked to this one (positive only).
             */
            linked_case: string | null;
        };
        DecisionInputRequest: {
            judgement: components["schemas"]["JudgementEnum"];
        };
        /**
         * @description * `outgoing` - Outgoing: the owning state asks
         *     * `incoming` - Incoming: the owning state is asked (recorded from the letter received)
         * @enum {string}
         */
        DirectionEnum: "outgoing" | "incoming";
        /** @description The owning state's view of a document. */
        Document: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            /** Format: uuid */
            readonly asset: string | null;
            readonly title: string;
            readonly kind: components["schemas"]["DocumentKindEnum"];
            /** @description The client's file name, sanitized: metadata only. */
            readonly original_name: string;
            /** @description Detected from the bytes; the client's declared type is ignored. */
            readonly content_type: string;
            /** @description In bytes. */
            readonly size: number;
            /** @description SHA-256 of the bytes, hex, computed while the upload streamed. */
            readonly sha256: string;
            /** Format: date-time */
            readonly uploaded_at: string;
            /** Format: uuid */
            readonly mla_request: string | null;
            /**
             * Format: uuid
             * @description The newer version that replaced this one.
             */
            readonly superseded_by: string | null;
            /**
             * Format: uuid
             * @description The older version this one replaced.
             */
            readonly supersedes: string | null;
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly uploaded_by?: components["schemas"]["UserRef"];
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /** @description A multipart upload (`multipart/form-data`). */
        DocumentCreateRequest: {
            /** Format: uuid */
            case: string;
            /**
             * Format: binary
             * @description The document. Accepted: PDF, PNG, JPEG, TIFF, Word/Excel/PowerPoint (.docx, .xlsx, .pptx), OpenDocument (.odt, .ods, .odp) or UTF-8 text (.txt, .csv, e-mail); the type is detected from the bytes. The file name is kept only as `original_name`.
             */
            file: string;
            title: string;
            kind: components["schemas"]["DocumentKindEnum"];
            /**
             * @description Owning state only. A new version of a restricted document is restricted too.
             * @default false
             */
            restricted?: boolean;
            /**
             * Format: uuid
             * @description An asset of the same case.
             */
            asset?: string | null;
            /**
             * Format: uuid
             * @description A document of the same case that this upload replaces as its new version.
             */
            supersedes?: string | null;
            /**
             * Format: uuid
             * @description The MLA request this document answers (partner states upload only so).
             */
            mla_request?: string | null;
        };
        /**
         * @description * `court_order` - Court order
         *     * `bank_record` - Bank record
         *     * `mla_correspondence` - MLA correspondence
         *     * `evidence` - Evidence
         *     * `other` - Other
         * @enum {string}
         */
        DocumentKindEnum: "court_order" | "bank_record" | "mla_correspondence" | "evidence" | "other";
        /**
         * @description * `prior_ownership` - The requesting state reasonably established its prior ownership
         *     * `recognised_damage` - The requested state recognises damage to the requesting state
         * @enum {string}
         */
        EntitlementEnum: "prior_ownership" | "recognised_damage";
        Expiring: {
            within_days: number;
            /** Format: date */
            from: string;
            /** Format: date */
            until: string;
            count: number;
            by_jurisdiction: components["schemas"]["ExpiringByJurisdiction"][];
        };
        ExpiringByJurisdiction: {
            jurisdiction: string;
            count: number;
            /** Format: date */
            next_expiry: string;
        };
        Feature: {
            /**
             * Format: double
             * @description The feature's contribution, 0 to 1.
             */
            score: number;
            /** @description What was compared, in words. */
            detail: string | null;
        };
        Figure: {
            /** @description One sum per currency. */
            amounts: components["schemas"]["Money"][];
            converted: components["schemas"]["Converted"];
        };
        /** @description `identified`: estimated value of the assets (every stage); `frozen`, `seized`,
         *     `confiscated`: what the latest order of that kind covered, kept when the asset moves on (so
         *     `frozen` is what was ever frozen); `frozen_now`: `frozen` of the assets whose freeze is in
         *     force (not lapsed, released, seized or confiscated since); `returned`, `deducted_expenses`
         *     (UNCAC Art. 57(4)): sums of the tranches; `outstanding`: confiscated less both. */
        Figures: {
            identified: components["schemas"]["Figure"];
            frozen_now: components["schemas"]["Figure"];
            frozen: components["schemas"]["Figure"];
            seized: components["schemas"]["Figure"];
            confiscated: components["schemas"]["Figure"];
            returned: components["schemas"]["Figure"];
            deducted_expenses: components["schemas"]["Figure"];
            outstanding: components["schemas"]["Figure"];
        };
        FollowUpRequest: {
            /** Format: uuid */
            case: string;
            title: string;
            /** Format: date */
            due_on: string;
        };
        Health: {
            status: components["schemas"]["HealthStatusEnum"];
            checks: components["schemas"]["HealthChecks"];
        };
        /**
         * @description * `ok` - ok
         *     * `unavailable` - unavailable
         * @enum {string}
         */
        HealthCheckEnum: "ok" | "unavailable";
        HealthChecks: {
            database: components["schemas"]["HealthCheckEnum"];
            broker: components["schemas"]["HealthCheckEnum"];
        };
        HealthDegraded: {
            status: components["schemas"]["HealthStatusEnum"];
            checks: {
                [key: string]: string;
            };
        };
        /**
         * @description * `ok` - ok
         *     * `degraded` - degraded
         * @enum {string}
         */
        HealthStatusEnum: "ok" | "degraded";
        /** @description `{"amount": "0.12345678", "unit": "BTC"}`: a crypto wallet's holding in its own unit, a
         *     decimal string with at most the unit's places (BTC 8, ETH 18: `core.crypto_units`). */
        Holding: {
            /** Format: decimal */
            amount: string;
            /** @description One of: BTC (8 places), BCH (8 places), LTC (8 places), DOGE (8 places), ETH (18 places), DAI (18 places), USDT (6 places), USDC (6 places), TRX (6 places), SOL (9 places), XRP (6 places), XMR (12 places) */
            unit: string;
        };
        /** @description `{"amount": "0.12345678", "unit": "BTC"}`: a crypto wallet's holding in its own unit, a
         *     decimal string with at most the unit's places (BTC 8, ETH 18: `core.crypto_units`). */
        HoldingRequest: {
            /** Format: decimal */
            amount: string;
            /** @description One of: BTC (8 places), BCH (8 places), LTC (8 places), DOGE (8 places), ETH (18 places), DAI (18 places), USDT (6 places), USDC (6 places), TRX (6 places), SOL (9 places), XRP (6 places), XMR (12 places) */
            unit: string;
        };
        /** @description For a serializer used as a nested item: validate it as if the request were not partial. */
        Identifier: {
            type: components["schemas"]["TypeEnum"];
            value: string;
            /** @example GB */
            country?: string | null;
        };
        /** @description For a serializer used as a nested item: validate it as if the request were not partial. */
        IdentifierRequest: {
            type: components["schemas"]["TypeEnum"];
            value: string;
            /** @example GB */
            country?: string | null;
        };
        /**
         * @description * `positive` - Same entity
         *     * `negative` - Not the same
         *     * `unsure` - Unsure
         * @enum {string}
         */
        JudgementEnum: "positive" | "negative" | "unsure";
        /** @description For a serializer used as a nested item: validate it as if the request were not partial. */
        Jurisdiction: {
            /** @example GB */
            state: string;
            role: components["schemas"]["JurisdictionRoleEnum"];
        };
        JurisdictionGroup: {
            /** @description Number of assets. */
            count: number;
            /** @description Assets whose freeze is in force (not lapsed, released, seized or confiscated). */
            frozen_now_count: number;
            /** @description Assets frozen at any time (a freeze among their acts, whatever followed). */
            ever_frozen_count: number;
            figures: components["schemas"]["Figures"];
            jurisdiction: string;
        };
        /** @description For a serializer used as a nested item: validate it as if the request were not partial. */
        JurisdictionRequest: {
            /** @example GB */
            state: string;
            role: components["schemas"]["JurisdictionRoleEnum"];
        };
        /**
         * @description * `origin` - Origin of the funds
         *     * `asset_location` - Asset location
         *     * `transit` - Transit
         * @enum {string}
         */
        JurisdictionRoleEnum: "origin" | "asset_location" | "transit";
        /** @description The legal order behind a record, read from its `order_*` columns. */
        LegalOrder: {
            authority: string;
            readonly jurisdiction: string;
            reference: string;
            /** Format: date */
            issued_on: string;
        };
        LinkedCase: {
            /** Format: uuid */
            id: string;
            reference: string;
            title: string;
        };
        LoginRequest: {
            username: string;
            password: string;
            otp?: string;
        };
        /**
         * @description * `seize` - Seize
         *     * `confiscate` - Confiscate
         *     * `repatriate` - Repatriate (a tranche)
         * @enum {string}
         */
        MandatoryBeforeEnum: "seize" | "confiscate" | "repatriate";
        MarkedRead: {
            marked: number;
        };
        MatchedAsset: {
            /** Format: uuid */
            id: string;
            kind: string;
            description: string;
            /** Format: uuid */
            case: string;
            case_reference: string;
        };
        MatchedSubject: {
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            /** Format: uuid */
            case: string;
            case_reference: string;
        };
        Me: {
            /** Format: uuid */
            readonly id: string;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            readonly username: string;
            readonly name: string;
            /**
             * Email address
             * Format: email
             */
            readonly email: string;
            readonly role: components["schemas"]["UserRoleEnum"];
            readonly state: components["schemas"]["StateRef"];
        };
        MfaStatus: {
            /** @description An authenticator app is set up. */
            enrolled: boolean;
            /** @description An app awaits its first code. */
            enrolment_pending: boolean;
            /** @description The user's role must sign in with a second factor (MFA_REQUIRED_ROLES). */
            required_for_role: boolean;
            /** @description This session passed a second factor. */
            session_verified: boolean;
            /** @description This session owes a second factor and may only finish signing in. */
            pending: boolean;
            recovery_codes_remaining: number;
        };
        /** @description What the other state's liaison sees: the request, not the team's internal notes. */
        Mla: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            readonly case_reference: string;
            readonly kind: components["schemas"]["MlaKindEnum"];
            readonly direction: components["schemas"]["DirectionEnum"];
            readonly requesting_state: string;
            readonly requested_state: string;
            readonly requested_subdivision: string;
            readonly requesting_reference: string;
            /** @description The requested state's own reference number. */
            readonly requested_reference: string;
            readonly channel: components["schemas"]["MlaChannelEnum"];
            /** @description Only the concerned assets the reader may see (a restricted asset stays hidden): the
             *     prefetch of `with_visible_assets`, and none without it (fails closed). */
            readonly assets: string[];
            readonly description: string;
            readonly confidentiality_conditions: string;
            readonly speciality_conditions: string;
            readonly status: components["schemas"]["MlaStatusEnum"];
            /** Format: date */
            readonly sent_on: string | null;
            /** Format: date */
            readonly due_on: string | null;
            /** Format: date */
            readonly acknowledged_on: string | null;
            /** Format: date */
            readonly closed_on: string | null;
            readonly refusal_grounds: components["schemas"]["RefusalGroundsEnum"][];
            readonly refusal_reason: string;
            readonly postponement_reason: string;
            /** Format: date */
            readonly clock_stopped_on: string | null;
            /** Format: date */
            readonly reply_due_on: string | null;
            readonly overdue: boolean;
            /** @description What the caller may do now (not what the table allows anyone): the UI shows a button
             *     only for these. Computed once for a whole page (`mla_actions_open_to`, two queries). */
            readonly allowed_actions: string[];
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /**
         * @description * `send` - send
         *     * `receive` - receive
         *     * `acknowledge` - acknowledge
         *     * `request_info` - request_info
         *     * `provide_info` - provide_info
         *     * `consult` - consult
         *     * `start_execution` - start_execution
         *     * `postpone` - postpone
         *     * `execute` - execute
         *     * `partially_execute` - partially_execute
         *     * `refuse` - refuse
         *     * `withdraw` - withdraw
         * @enum {string}
         */
        MlaActionEnum: "send" | "receive" | "acknowledge" | "request_info" | "provide_info" | "consult" | "start_execution" | "postpone" | "execute" | "partially_execute" | "refuse" | "withdraw";
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        MlaActionRequest: {
            action: components["schemas"]["MlaActionEnum"];
            /** @default  */
            note?: string;
            /** @default  */
            reason?: string;
            /**
             * Format: date
             * @description `send` and `receive` only: the date the request was dispatched (a paper dispatch, the date of the letter received, or a request recorded after the fact); today in the acting user's state when omitted. Not in the future, not after `due_on`.
             */
            sent_on?: string;
            /**
             * Format: date
             * @description `request_info` only, and required there: the date the requesting side's further information is due (its own deadline). Not in the past.
             */
            reply_due_on?: string;
            /** @description `refuse` only, and required there: the grounds of the refusal. */
            refusal_grounds?: components["schemas"]["RefusalGroundsEnum"][];
            /**
             * Format: date
             * @description `acknowledge` only: the date the request was received and acknowledged; today in the requested state when omitted. Not in the future, not before `sent_on`.
             */
            acknowledged_on?: string;
        };
        /**
         * @description * `central_authority` - Central authority
         *     * `diplomatic` - Diplomatic channel
         *     * `direct_judicial` - Direct judicial contact
         *     * `aro_network` - Asset recovery office network
         *     * `interpol` - INTERPOL
         *     * `other` - Other
         * @enum {string}
         */
        MlaChannelEnum: "central_authority" | "diplomatic" | "direct_judicial" | "aro_network" | "interpol" | "other";
        /** @description An unknown key (a typo, or `direction`, which is fixed once recorded) is refused. */
        MlaCreateRequest: {
            kind: components["schemas"]["MlaKindEnum"];
            requesting_reference?: string;
            requested_reference?: string;
            channel?: components["schemas"]["MlaChannelEnum"];
            assets?: string[];
            description?: string;
            confidentiality_conditions?: string;
            speciality_conditions?: string;
            restricted?: boolean;
            internal_notes?: string;
            /** Format: date */
            due_on?: string | null;
            /** @description The requested authority's subdivision (ISO 3166-2 without the country: SCT, ZH, NY, BY), whose holidays count for the answer; empty for the state's default (GB: England and Wales). */
            requested_subdivision?: string;
            /** Format: uuid */
            case: string;
            /**
             * @description `outgoing`: the case's state asks `requested_state`. `incoming`: the case's state is asked by `requesting_state` (recorded from the letter received).
             *
             *     * `outgoing` - Outgoing: the owning state asks
             *     * `incoming` - Incoming: the owning state is asked (recorded from the letter received)
             * @default outgoing
             */
            direction?: components["schemas"]["DirectionEnum"];
            /**
             * @description Required for an outgoing request; the case's state otherwise.
             * @example GB
             */
            requested_state?: string;
            /**
             * @description Required for an incoming request; the case's state otherwise.
             * @example GB
             */
            requesting_state?: string;
            /**
             * @description Share the case with the other state of the request (the requested one, or the requesting one of an incoming request) in the same transaction if it does not see it yet.
             * @default false
             */
            share_with_requested_state?: boolean;
        };
        /** @description What the other state's liaison sees: the request, not the team's internal notes. */
        MlaCreated: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            readonly case_reference: string;
            readonly kind: components["schemas"]["MlaKindEnum"];
            readonly direction: components["schemas"]["DirectionEnum"];
            readonly requesting_state: string;
            readonly requested_state: string;
            readonly requested_subdivision: string;
            readonly requesting_reference: string;
            /** @description The requested state's own reference number. */
            readonly requested_reference: string;
            readonly channel: components["schemas"]["MlaChannelEnum"];
            /** @description Only the concerned assets the reader may see (a restricted asset stays hidden): the
             *     prefetch of `with_visible_assets`, and none without it (fails closed). */
            readonly assets: string[];
            readonly description: string;
            readonly confidentiality_conditions: string;
            readonly speciality_conditions: string;
            readonly status: components["schemas"]["MlaStatusEnum"];
            /** Format: date */
            readonly sent_on: string | null;
            /** Format: date */
            readonly due_on: string | null;
            /** Format: date */
            readonly acknowledged_on: string | null;
            /** Format: date */
            readonly closed_on: string | null;
            readonly refusal_grounds: components["schemas"]["RefusalGroundsEnum"][];
            readonly refusal_reason: string;
            readonly postponement_reason: string;
            /** Format: date */
            readonly clock_stopped_on: string | null;
            /** Format: date */
            readonly reply_due_on: string | null;
            readonly overdue: boolean;
            /** @description What the caller may do now (not what the table allows anyone): the UI shows a button
             *     only for these. Computed once for a whole page (`mla_actions_open_to`, two queries). */
            readonly allowed_actions: string[];
            /** @description Owning state only. */
            readonly restricted: boolean;
            readonly internal_notes: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            readonly version: number;
            readonly requested_state_sees_case: boolean;
        };
        MlaFigures: {
            /** @description Requests sent (drafts are not counted). */
            total: number;
            open: number;
            /** @description Open, and due before `as_of`. */
            overdue: number;
            refused: number;
            /**
             * Format: decimal
             * @description From sent to acknowledged.
             */
            median_days_to_acknowledgement: string | null;
            /**
             * Format: decimal
             * @description From sent to closed, over executed and partially executed requests.
             */
            median_days_to_execution: string | null;
        };
        /**
         * @description * `evidence` - Evidence
         *     * `tracing` - Tracing information
         *     * `freeze` - Freezing (UNCAC 55(2))
         *     * `seizure` - Seizure (UNCAC 55(2))
         *     * `confiscation` - Confiscation (UNCAC 55(1))
         *     * `enforcement` - Enforcement of a foreign confiscation order (UNCAC 55(1))
         *     * `return` - Return of assets (UNCAC 57)
         *     * `spontaneous_disclosure` - Spontaneous disclosure (UNCAC 56)
         * @enum {string}
         */
        MlaKindEnum: "evidence" | "tracing" | "freeze" | "seizure" | "confiscation" | "enforcement" | "return" | "spontaneous_disclosure";
        MlaStateFigures: {
            /** @description Requests sent (drafts are not counted). */
            total: number;
            open: number;
            /** @description Open, and due before `as_of`. */
            overdue: number;
            refused: number;
            /**
             * Format: decimal
             * @description From sent to acknowledged.
             */
            median_days_to_acknowledgement: string | null;
            /**
             * Format: decimal
             * @description From sent to closed, over executed and partially executed requests.
             */
            median_days_to_execution: string | null;
            requested_state: string;
        };
        /**
         * @description * `draft` - Draft
         *     * `sent` - Sent
         *     * `acknowledged` - Acknowledged
         *     * `info_requested` - Further information requested
         *     * `in_execution` - In execution
         *     * `postponed` - Postponed
         *     * `executed` - Executed
         *     * `partially_executed` - Partially executed
         *     * `refused` - Refused
         *     * `withdrawn` - Withdrawn
         * @enum {string}
         */
        MlaStatusEnum: "draft" | "sent" | "acknowledged" | "info_requested" | "in_execution" | "postponed" | "executed" | "partially_executed" | "refused" | "withdrawn";
        MlaTotals: {
            total: components["schemas"]["MlaFigures"];
            by_requested_state: components["schemas"]["MlaStateFigures"][];
        };
        MlaTransition: {
            /** Format: uuid */
            readonly id: string;
            readonly sequence: number;
            readonly action: string;
            readonly from_status: components["schemas"]["MlaStatusEnum"];
            readonly to_status: components["schemas"]["MlaStatusEnum"];
            readonly note: string;
            readonly reason: string;
            readonly performed_by: {
                [key: string]: string;
            };
            /** Format: date-time */
            readonly performed_at: string;
        };
        /** @description `{"amount": "1234.50", "currency": "USD"}`: a decimal string with the currency's own
         *     ISO 4217 minor units (`"1.250"` KWD, `"1500"` JPY) and an ISO 4217 code. */
        Money: {
            /** Format: decimal */
            amount: string;
            currency: string;
        };
        /** @description `{"amount": "1234.50", "currency": "USD"}`: a decimal string with the currency's own
         *     ISO 4217 minor units (`"1.250"` KWD, `"1500"` JPY) and an ISO 4217 code. */
        MoneyRequest: {
            /** Format: decimal */
            amount: string;
            currency: string;
        };
        Notification: {
            /** Format: uuid */
            readonly id: string;
            readonly kind: string;
            readonly title: string;
            readonly body: string;
            /** Format: uuid */
            readonly case: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly read_at: string | null;
            readonly read: boolean;
        };
        /** @enum {unknown} */
        NullEnum: null;
        /** @description For a serializer used as a nested item: validate it as if the request were not partial. */
        Occupancy: {
            /** Format: uuid */
            readonly id: string;
            position: string;
            institution?: string;
            /** @example GB */
            country: string;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            end_date?: string | null;
        };
        /** @description For a serializer used as a nested item: validate it as if the request were not partial. */
        OccupancyRequest: {
            position: string;
            institution?: string;
            /** @example GB */
            country: string;
            /** Format: date */
            start_date?: string | null;
            /** Format: date */
            end_date?: string | null;
        };
        /**
         * @description * `embezzlement` - Embezzlement of public funds
         *     * `laundering_embezzled` - Laundering of embezzled public funds
         *     * `bribery` - Bribery
         *     * `laundering` - Laundering of proceeds (of other offences)
         *     * `other` - Other offence
         * @enum {string}
         */
        OffenceCategoryEnum: "embezzlement" | "laundering_embezzled" | "bribery" | "laundering" | "other";
        /** @description The legal order (or decision) behind an act. */
        OrderRequest: {
            /** @description The issuing authority. */
            authority: string;
            /**
             * @description The state whose authority issued it.
             * @example GB
             */
            jurisdiction: string;
            /** @description Where in that state the authority sits (ISO 3166-2 without the country: SCT, ZH, NY, BY): its holidays count for the freeze's lapse. Empty: the state's default (GB: England and Wales). */
            subdivision?: string;
            /** @description The order's reference. */
            reference: string;
            /** Format: date */
            issued_on: string;
            /**
             * Format: time
             * @description The time of issue, local time in the issuing jurisdiction (HH:MM); needed with `term_hours`.
             */
            issued_at?: string | null;
            /**
             * Format: date
             * @description Freezes (freeze, renew_freeze) only: the last day the freeze is in force. One term only: `expires_on`, `term_hours` or `without_term`.
             */
            expires_on?: string | null;
            /** @description Freezes only: an urgent measure's term in hours from `issued_at` (48). */
            term_hours?: number | null;
            /** @description Freezes only: the order has no fixed term (a UK restraint order, many EU 2018/1805 freezing orders): in force until released. */
            without_term?: boolean;
        };
        /**
         * @description * `company` - Company
         *     * `trust` - Trust
         *     * `foundation` - Foundation
         *     * `partnership` - Partnership
         *     * `other` - Other
         * @enum {string}
         */
        OrganizationTypeEnum: "company" | "trust" | "foundation" | "partnership" | "other";
        OriginStateGroup: {
            /** @description Number of assets. */
            count: number;
            /** @description Assets whose freeze is in force (not lapsed, released, seized or confiscated). */
            frozen_now_count: number;
            /** @description Assets frozen at any time (a freeze among their acts, whatever followed). */
            ever_frozen_count: number;
            figures: components["schemas"]["Figures"];
            origin_state: string;
        };
        OtpRequest: {
            /** @description A current code from the app, or a recovery code. */
            otp: string;
        };
        OwnerStateGroup: {
            /** @description Number of assets. */
            count: number;
            /** @description Assets whose freeze is in force (not lapsed, released, seized or confiscated). */
            frozen_now_count: number;
            /** @description Assets frozen at any time (a freeze among their acts, whatever followed). */
            ever_frozen_count: number;
            figures: components["schemas"]["Figures"];
            owner_state: string;
        };
        PaginatedApiTokenList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["ApiToken"][];
        };
        PaginatedAssetList: {
            /** @example 123 */
            count: number;
            /** @description False: `count` is the number of objects in the list. True: the list holds more objects than were counted (more than 1,000 past this page's end), and `count` is a lower bound: the objects up to this page, the 1,000 after it, and one more. The `next` link is exact either way; a later page counts further. */
            count_is_lower_bound: boolean;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Asset"][];
        };
        PaginatedAssetMatchList: {
            results: components["schemas"]["AssetMatch"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedAssetTransitionList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["AssetTransition"][];
        };
        PaginatedAssetValuationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["AssetValuation"][];
        };
        PaginatedAuditEventList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["AuditEvent"][];
        };
        PaginatedCalendarFeedTokenList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CalendarFeedToken"][];
        };
        PaginatedCaseLinkList: {
            results: components["schemas"]["CaseLink"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedCaseList: {
            /** @example 123 */
            count: number;
            /** @description False: `count` is the number of objects in the list. True: the list holds more objects than were counted (more than 1,000 past this page's end), and `count` is a lower bound: the objects up to this page, the 1,000 after it, and one more. The `next` link is exact either way; a later page counts further. */
            count_is_lower_bound: boolean;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Case"][];
        };
        PaginatedDeadlineList: {
            /** @example 123 */
            count: number;
            /** @description False: `count` is the number of objects in the list. True: the list holds more objects than were counted (more than 1,000 past this page's end), and `count` is a lower bound: the objects up to this page, the 1,000 after it, and one more. The `next` link is exact either way; a later page counts further. */
            count_is_lower_bound: boolean;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Deadline"][];
        };
        PaginatedDocumentList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Document"][];
        };
        PaginatedMlaList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Mla"][];
        };
        PaginatedMlaTransitionList: {
            results: components["schemas"]["MlaTransition"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedNotificationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Notification"][];
        };
        PaginatedShareList: {
            results: components["schemas"]["Share"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedSharingAgreementList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["SharingAgreement"][];
        };
        PaginatedStateList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["State"][];
        };
        PaginatedSubjectList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Subject"][];
        };
        PaginatedSubjectMatchList: {
            results: components["schemas"]["SubjectMatch"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedTaskCommentList: {
            results: components["schemas"]["TaskComment"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedTaskList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Task"][];
        };
        PaginatedThirdPartyClaimList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["ThirdPartyClaim"][];
        };
        PaginatedValueOrderList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["ValueOrder"][];
        };
        PaginatedValueOrderSatisfactionList: {
            results: components["schemas"]["Satisfaction"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PaginatedWatchListHitList: {
            results: components["schemas"]["WatchListHit"][];
            count: number;
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
        };
        PatchedAssetUpdateRequest: {
            kind?: components["schemas"]["AssetKindEnum"];
            description?: string;
            /** @description Identifying fields of each kind (* required): bank_account: iban, account_number, bic, bank_name*, account_holder_name, currency; real_estate: address*, title_number, land_registry, property_type; company_shares: company_name*, company_number, share_count, percentage; securities: isin*, custodian, quantity; vehicle: registration_number*, vin, make_model; vessel: name*, imo_number, mmsi, flag_state, length_m; aircraft: registration_mark*, serial_number, model; crypto_wallet: address*, network*; cash: location*, currency; valuables: description_of_item*, location; other: reference */
            details?: {
                [key: string]: string;
            };
            /** @example GB */
            jurisdiction?: string;
            /** Format: uuid */
            holder?: string | null;
            /** Format: uuid */
            beneficial_owner?: string | null;
            /** @description Required to create an asset, unless `not_yet_valued` is true. */
            estimated_value?: components["schemas"]["MoneyRequest"] | null;
            /** @description True when no estimated value is known yet (then `estimated_value` is null); giving an estimated value sets it false. */
            not_yet_valued?: boolean;
            /** @description Crypto wallets only: the holding in its own unit, beside `estimated_value`. */
            holding?: components["schemas"]["HoldingRequest"] | null;
            /** @description The offence the asset is the proceeds of, when not the case's (empty: the case's); the tier of UNCAC Art. 57(3) at its return follows from it.
             *
             *     * `embezzlement` - Embezzlement of public funds
             *     * `laundering_embezzled` - Laundering of embezzled public funds
             *     * `bribery` - Bribery
             *     * `laundering` - Laundering of proceeds (of other offences)
             *     * `other` - Other offence */
            offence_category?: components["schemas"]["OffenceCategoryEnum"] | components["schemas"]["BlankEnum"];
            source?: string;
            restricted?: boolean;
            internal_notes?: string;
        };
        PatchedCaseUpdateRequest: {
            title?: string;
            summary?: string;
            /** @example GB */
            origin_state?: string;
            offence_category?: components["schemas"]["OffenceCategoryEnum"];
            /** Format: date */
            opened_on?: string;
            /** Format: uuid */
            lead_prosecutor?: string;
            team?: string[];
            jurisdictions?: components["schemas"]["JurisdictionRequest"][];
            internal_notes?: string;
            status?: components["schemas"]["CaseStatusEnum"];
            /** Format: date */
            closed_on?: string | null;
        };
        PatchedDocumentUpdateRequest: {
            title?: string;
            kind?: components["schemas"]["DocumentKindEnum"];
            restricted?: boolean;
        };
        /** @description An unknown key (a typo, or `direction`, which is fixed once recorded) is refused. */
        PatchedMlaUpdateRequest: {
            kind?: components["schemas"]["MlaKindEnum"];
            requesting_reference?: string;
            requested_reference?: string;
            channel?: components["schemas"]["MlaChannelEnum"];
            assets?: string[];
            description?: string;
            confidentiality_conditions?: string;
            speciality_conditions?: string;
            restricted?: boolean;
            internal_notes?: string;
            /** Format: date */
            due_on?: string | null;
            /** @description The requested authority's subdivision (ISO 3166-2 without the country: SCT, ZH, NY, BY), whose holidays count for the answer; empty for the state's default (GB: England and Wales). */
            requested_subdivision?: string;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        PatchedSharingAgreementUpdateRequest: {
            rule?: components["schemas"]["RuleEnum"];
            /**
             * Format: decimal
             * @description agreed_share: the issuing state's share.
             */
            issuing_share_percent?: string | null;
            agreement_reference?: string;
            /** Format: date */
            concluded_on?: string | null;
            /** @description The amount obtained and shared. */
            amount?: components["schemas"]["MoneyRequest"];
            /** @description The amount's value in EUR, for the EUR 10 000 threshold of the default rule. */
            eur_value?: components["schemas"]["MoneyRequest"] | null;
            note?: string;
            restricted?: boolean;
            internal_notes?: string;
        };
        PatchedSubjectUpdateRequest: {
            kind?: components["schemas"]["SubjectKindEnum"];
            role?: components["schemas"]["SubjectRoleEnum"];
            name?: string;
            aliases?: string[];
            /** Format: date */
            date_of_birth?: string | null;
            nationalities?: string[];
            organization_type?: components["schemas"]["OrganizationTypeEnum"] | components["schemas"]["BlankEnum"];
            /** @example GB */
            incorporation_state?: string | null;
            identifiers?: components["schemas"]["IdentifierRequest"][];
            /** Format: uuid */
            related_to?: string | null;
            relationship?: string;
            occupancies?: components["schemas"]["OccupancyRequest"][];
            restricted?: boolean;
            internal_notes?: string;
        };
        /** @description What the team changes on a task; a liaison of the task's side changes `status` alone. */
        PatchedTaskUpdateRequest: {
            title?: string;
            description?: string;
            /** Format: uuid */
            assignee?: string | null;
            /** Format: date */
            due_on?: string | null;
            status?: components["schemas"]["TaskStatusEnum"];
            restricted?: boolean;
            internal_notes?: string;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        PatchedThirdPartyClaimUpdateRequest: {
            claimant?: string;
            grounds?: string;
            /** Format: date */
            filed_on?: string;
            note?: string;
            restricted?: boolean;
            internal_notes?: string;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        PatchedValueOrderUpdateRequest: {
            /** Format: uuid */
            subject?: string | null;
            order?: components["schemas"]["ValueOrderOrderRequest"];
            /** @description The amount the order confiscates. */
            amount?: components["schemas"]["MoneyRequest"];
            basis?: components["schemas"]["BasisEnum"] | components["schemas"]["BlankEnum"];
            /** @description The order is final. */
            final?: boolean;
            note?: string;
            restricted?: boolean;
            internal_notes?: string;
        };
        RateUsed: {
            currency: string;
            /**
             * Format: date
             * @description ECB reference rate of this date.
             */
            rate_date: string;
            /** @description Units of the currency for one euro. */
            per_eur: string;
        };
        /**
         * @description * `requesting_state` - The requesting state
         *     * `victims` - Victims
         *     * `prior_owners` - Prior legitimate owners
         * @enum {string}
         */
        RecipientEnum: "requesting_state" | "victims" | "prior_owners";
        /** @description What was frozen, seized, confiscated and returned, one money per currency (never summed
         *     across currencies). `outstanding` is confiscated less returned less deducted expenses. */
        Recovery: {
            readonly frozen: components["schemas"]["Money"][];
            readonly seized: components["schemas"]["Money"][];
            readonly confiscated: components["schemas"]["Money"][];
            readonly returned: components["schemas"]["Money"][];
            /** @description UNCAC Art. 57(4): expenses the requested state kept. */
            readonly deducted_expenses: components["schemas"]["Money"][];
            readonly outstanding: components["schemas"]["Money"][];
        };
        RecoveryCodes: {
            /** @description Shown once: each works once instead of a code. */
            recovery_codes: string[];
        };
        /**
         * @description * `uncac_46_21` - UNCAC 46(21): a ground for refusing assistance
         *     * `de_minimis_55_7` - UNCAC 55(7): insufficient evidence or de minimis value
         *     * `dual_criminality_46_9` - UNCAC 46(9): no dual criminality
         *     * `other` - Other (said in the reasons)
         * @enum {string}
         */
        RefusalGroundsEnum: "uncac_46_21" | "de_minimis_55_7" | "dual_criminality_46_9" | "other";
        /**
         * @description * `living_expenses` - Living expenses of the owner or family
         *     * `legal_expenses` - Legal expenses
         *     * `other` - Other (see the note)
         * @enum {string}
         */
        ReleaseReasonEnum: "living_expenses" | "legal_expenses" | "other";
        Requirement: {
            /** @description The requirement's name in the rules table. */
            name: string;
            /** @description What it asks, as a lawyer reads it. */
            description: string;
        };
        /** @description A freeze or seizure order on an asset (`workflows.asset_position.RestraintOrder`). */
        RestraintOrder: {
            /**
             * Format: uuid
             * @description The act that made the order.
             */
            id: string;
            kind: components["schemas"]["RestraintOrderKindEnum"];
            authority: string;
            jurisdiction: string | null;
            subdivision: string;
            reference: string;
            /** Format: date */
            issued_on: string | null;
            /** Format: time */
            issued_at: string | null;
            /** Format: date */
            expires_on: string | null;
            term_hours: number | null;
            /**
             * Format: uuid
             * @description The order this one renews.
             */
            renews: string | null;
            status: components["schemas"]["RestraintOrderStatusEnum"];
            in_force: boolean;
            /**
             * Format: date-time
             * @description When it stops restraining unless renewed: the end of its expiry date where the asset sits, or its hours after its time of issue; null without a term.
             */
            lapses_at: string | null;
            /**
             * Format: uuid
             * @description The release, renewal, seizure or confiscation that ended it.
             */
            ended_by_act: string | null;
        };
        /**
         * @description * `freeze` - Freeze
         *     * `seizure` - Seizure
         * @enum {string}
         */
        RestraintOrderKindEnum: "freeze" | "seizure";
        /**
         * @description * `in_force` - in_force
         *     * `lapsed` - lapsed
         *     * `released` - released
         *     * `superseded` - superseded
         * @enum {string}
         */
        RestraintOrderStatusEnum: "in_force" | "lapsed" | "released" | "superseded";
        /**
         * @description * `eu_2018_1805_default` - EU 2018/1805 Art. 30(7): all to the executing state up to EUR 10 000, half above
         *     * `agreed_share` - An agreed share (CETS 198 Art. 25(3), EU 2018/1805 Art. 30)
         * @enum {string}
         */
        RuleEnum: "eu_2018_1805_default" | "agreed_share";
        Satisfaction: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly value_order: string;
            /** Format: uuid */
            readonly asset: string;
            readonly amount: components["schemas"]["Money"];
            /** Format: date-time */
            readonly recorded_at: string;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        SatisfactionCreateRequest: {
            /** Format: uuid */
            asset: string;
            /** @description Paid from the asset, in the order's currency. */
            amount: components["schemas"]["MoneyRequest"];
            note?: string;
        };
        Share: {
            /** Format: uuid */
            readonly id: string;
            readonly state: string;
            readonly allows_mla_answers: boolean;
            readonly granted_by: components["schemas"]["UserRef"];
            /** Format: date-time */
            readonly granted_at: string;
            /**
             * Format: date
             * @description Last day the share is in force.
             */
            readonly expires_on: string | null;
            /** Format: date-time */
            readonly revoked_at: string | null;
            readonly revoked_by: components["schemas"]["UserRef"] | null;
            readonly active: boolean;
        };
        ShareCreateRequest: {
            /** @example GB */
            state: string;
            /** Format: date */
            expires_on?: string | null;
            /** @default true */
            allows_mla_answers?: boolean;
        };
        SharingAgreement: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            /** Format: uuid */
            readonly asset: string | null;
            /** Format: uuid */
            readonly value_order: string | null;
            readonly executing_state: string;
            readonly issuing_state: string;
            readonly rule: components["schemas"]["RuleEnum"];
            /** Format: decimal */
            readonly issuing_share_percent: string | null;
            readonly agreement_reference: string;
            /** Format: date */
            readonly concluded_on: string | null;
            readonly amount: components["schemas"]["Money"];
            readonly eur_value: components["schemas"]["Money"] | null;
            readonly split: components["schemas"]["Split"];
            readonly note?: string;
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        SharingAgreementCreateRequest: {
            rule: components["schemas"]["RuleEnum"];
            /**
             * Format: decimal
             * @description agreed_share: the issuing state's share.
             */
            issuing_share_percent?: string | null;
            agreement_reference?: string;
            /** Format: date */
            concluded_on?: string | null;
            /** @description The amount obtained and shared. */
            amount: components["schemas"]["MoneyRequest"];
            /** @description The amount's value in EUR, for the EUR 10 000 threshold of the default rule. */
            eur_value?: components["schemas"]["MoneyRequest"] | null;
            note?: string;
            restricted?: boolean;
            internal_notes?: string;
            /** Format: uuid */
            case: string;
            /** Format: uuid */
            asset?: string | null;
            /** Format: uuid */
            value_order?: string | null;
            /** @example GB */
            executing_state: string;
            /** @example GB */
            issuing_state: string;
        };
        /**
         * @description * `team` - team
         *     * `partner` - partner
         * @enum {string}
         */
        SideEnum: "team" | "partner";
        Split: {
            executing_state: components["schemas"]["Money"];
            issuing_state: components["schemas"]["Money"];
        };
        StageGroup: {
            /** @description Number of assets. */
            count: number;
            /** @description Assets whose freeze is in force (not lapsed, released, seized or confiscated). */
            frozen_now_count: number;
            /** @description Assets frozen at any time (a freeze among their acts, whatever followed). */
            ever_frozen_count: number;
            figures: components["schemas"]["Figures"];
            /** @description The asset's stage; `lapsed`: frozen by an order whose expiry has passed.
             *
             *     * `identified` - Identified
             *     * `frozen` - Frozen
             *     * `seized` - Seized
             *     * `under_appeal` - Confiscated, under appeal
             *     * `confiscated` - Confiscated
             *     * `repatriated` - Repatriated
             *     * `released` - Released
             *     * `lapsed` - Frozen, lapsed */
            stage: components["schemas"]["StageGroupStageEnum"];
        };
        /**
         * @description * `identified` - Identified
         *     * `frozen` - Frozen
         *     * `seized` - Seized
         *     * `under_appeal` - Confiscated, under appeal
         *     * `confiscated` - Confiscated
         *     * `repatriated` - Repatriated
         *     * `released` - Released
         *     * `lapsed` - Frozen, lapsed
         * @enum {string}
         */
        StageGroupStageEnum: "identified" | "frozen" | "seized" | "under_appeal" | "confiscated" | "repatriated" | "released" | "lapsed";
        State: {
            /** Format: uuid */
            readonly id: string;
            readonly code: string;
            readonly name: string;
            readonly alpha3: string;
            readonly numeric: string;
        };
        StateRef: {
            code: string;
            name: string;
        };
        /** @description A partner state's view of a subject: no internal notes. */
        Subject: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            readonly kind: components["schemas"]["SubjectKindEnum"];
            readonly role: components["schemas"]["SubjectRoleEnum"];
            readonly name: string;
            readonly aliases: string[];
            /** Format: date */
            readonly date_of_birth: string | null;
            readonly nationalities: string[];
            readonly organization_type: components["schemas"]["OrganizationTypeEnum"] | components["schemas"]["BlankEnum"];
            readonly incorporation_state: string | null;
            readonly identifiers: components["schemas"]["Identifier"][];
            /** Format: uuid */
            readonly related_to: string | null;
            readonly relationship: string;
            readonly occupancies: components["schemas"]["Occupancy"][];
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        SubjectCreateRequest: {
            kind: components["schemas"]["SubjectKindEnum"];
            role: components["schemas"]["SubjectRoleEnum"];
            name: string;
            aliases?: string[];
            /** Format: date */
            date_of_birth?: string | null;
            nationalities?: string[];
            organization_type?: components["schemas"]["OrganizationTypeEnum"] | components["schemas"]["BlankEnum"];
            /** @example GB */
            incorporation_state?: string | null;
            identifiers?: components["schemas"]["IdentifierRequest"][];
            /** Format: uuid */
            related_to?: string | null;
            relationship?: string;
            occupancies?: components["schemas"]["OccupancyRequest"][];
            restricted?: boolean;
            internal_notes?: string;
            /** Format: uuid */
            case: string;
        };
        /**
         * @description * `person` - Person
         *     * `organization` - Organization
         * @enum {string}
         */
        SubjectKindEnum: "person" | "organization";
        SubjectMatch: {
            /**
             * Format: double
             * @description logic-v2 score, 0 to 1.
             */
            score: number;
            readonly algorithm: string;
            /** @description The features that made the score, by name. */
            explanation: {
                [key: string]: components["schemas"]["Feature"];
            };
            /** @description The team's decision, if any.
             *
             *     * `positive` - Same entity
             *     * `negative` - Not the same
             *     * `unsure` - Unsure */
            judgement: (components["schemas"]["JudgementEnum"] | components["schemas"]["NullEnum"]) | null;
            /** Format: date-time */
            decided_at: string | null;
            /**
             * Format: uuid
             * @description The match: the same id from either side of the pair.
             */
            id: string;
            /** @description The subject of another case that matches. */
            matched: components["schemas"]["MatchedSubject"];
        };
        /**
         * @description * `official` - Senior public official
         *     * `family` - Family member
         *     * `associate` - Close associate
         *     * `nominee` - Nominee
         *     * `corporate_vehicle` - Corporate vehicle
         *     * `other` - Other
         * @enum {string}
         */
        SubjectRoleEnum: "official" | "family" | "associate" | "nominee" | "corporate_vehicle" | "other";
        Summary: {
            /** Format: date */
            as_of: string;
            reporting_currency: string;
            assets: components["schemas"]["AssetTotals"];
            acts_by_year: components["schemas"]["ActsOfYear"][];
            mla_requests: components["schemas"]["MlaTotals"];
            freezes_expiring: components["schemas"]["Expiring"];
        };
        /** @description The owning state's view; every asset of its own cases is the owner's to see. */
        Task: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            /** Format: uuid */
            readonly asset: string | null;
            /** Format: uuid */
            readonly mla_request: string | null;
            readonly title: string;
            readonly description: string;
            /** Format: uuid */
            readonly assignee: string | null;
            readonly assignee_name: string | null;
            readonly side: components["schemas"]["SideEnum"];
            readonly assigned_state: string | null;
            readonly acting_state: string;
            /** Format: date */
            readonly due_on: string | null;
            readonly status: components["schemas"]["TaskStatusEnum"];
            readonly overdue: boolean;
            readonly mandatory_before: string;
            /** Format: date-time */
            readonly completed_at: string | null;
            readonly case_reference?: string;
            readonly asset_description?: string | null;
            readonly template?: string;
            readonly waiver_reason?: string;
            /** Format: uuid */
            readonly waived_by?: string | null;
            /** Format: date-time */
            readonly waived_at?: string | null;
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        TaskComment: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly task: string;
            /** Format: uuid */
            readonly author: string;
            readonly author_name: string;
            readonly body: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        /** @description A comment on a task. */
        TaskCommentCreateRequest: {
            body: string;
        };
        /** @description A new task; `side: partner` gives a task of an MLA request to the request's other state. */
        TaskCreateRequest: {
            title: string;
            description?: string;
            /** Format: uuid */
            assignee?: string | null;
            /** Format: date */
            due_on?: string | null;
            status?: components["schemas"]["TaskStatusEnum"];
            restricted?: boolean;
            internal_notes?: string;
            /** Format: uuid */
            case: string;
            /** Format: uuid */
            asset?: string | null;
            /** Format: uuid */
            mla_request?: string | null;
            /** @default team */
            side?: components["schemas"]["SideEnum"];
            mandatory_before?: components["schemas"]["MandatoryBeforeEnum"] | components["schemas"]["BlankEnum"];
        };
        /**
         * @description * `open` - Open
         *     * `in_progress` - In progress
         *     * `done` - Done
         *     * `cancelled` - Cancelled
         * @enum {string}
         */
        TaskStatusEnum: "open" | "in_progress" | "done" | "cancelled";
        /** @description Why a task required before an act is set aside (kept on the task and in the audit). */
        TaskWaiveRequest: {
            reason: string;
        };
        ThirdPartyClaim: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            /** Format: uuid */
            readonly asset: string | null;
            /** @description The third party, by name. */
            readonly claimant: string;
            readonly grounds: string;
            /** Format: date */
            readonly filed_on: string;
            readonly claimed_amount: components["schemas"]["Money"] | null;
            /** Format: decimal */
            readonly claimed_share_percent: string | null;
            readonly status: components["schemas"]["ThirdPartyClaimStatusEnum"];
            readonly decision_authority: string;
            /** Format: date */
            readonly decided_on: string | null;
            readonly upheld_amount: components["schemas"]["Money"] | null;
            /** Format: decimal */
            readonly upheld_share_percent: string | null;
            readonly note?: string;
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        ThirdPartyClaimCreateRequest: {
            claimant: string;
            grounds?: string;
            /** Format: date */
            filed_on: string;
            note?: string;
            restricted?: boolean;
            internal_notes?: string;
            /** Format: uuid */
            case: string;
            /** Format: uuid */
            asset: string;
            /** @description An amount claimed, or ... */
            claimed_amount?: components["schemas"]["MoneyRequest"];
            /**
             * Format: decimal
             * @description ... a share of the asset.
             */
            claimed_share_percent?: string;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        ThirdPartyClaimDecisionRequest: {
            status: components["schemas"]["ThirdPartyClaimDecisionStatusEnum"];
            decision_authority: string;
            /** Format: date */
            decided_on: string;
            /** @description partly_upheld, of a claim for an amount: what was upheld. */
            upheld_amount?: components["schemas"]["MoneyRequest"];
            /**
             * Format: decimal
             * @description partly_upheld, of a claim for a share: the share upheld.
             */
            upheld_share_percent?: string;
        };
        /**
         * @description * `upheld` - Upheld
         *     * `partly_upheld` - Partly upheld
         *     * `dismissed` - Dismissed
         * @enum {string}
         */
        ThirdPartyClaimDecisionStatusEnum: "upheld" | "partly_upheld" | "dismissed";
        /**
         * @description * `filed` - Filed
         *     * `upheld` - Upheld
         *     * `partly_upheld` - Partly upheld
         *     * `dismissed` - Dismissed
         * @enum {string}
         */
        ThirdPartyClaimStatusEnum: "filed" | "upheld" | "partly_upheld" | "dismissed";
        TotpEnrolment: {
            /** @description For a QR code: otpauth://totp/... */
            otpauth_uri: string;
            /** @description The same key in base32, to type in by hand. */
            secret: string;
            digits: number;
            period: number;
        };
        TransitionOrder: {
            authority: string;
            readonly jurisdiction: string;
            subdivision: string;
            reference: string;
            /** Format: date */
            issued_on: string;
            /** Format: time */
            issued_at: string | null;
            /** Format: date */
            expires_on: string | null;
            term_hours: number | null;
        };
        /**
         * @description * `passport` - passport
         *     * `national_id` - national_id
         *     * `tax_number` - tax_number
         *     * `company_number` - company_number
         *     * `lei` - lei
         *     * `other` - other
         * @enum {string}
         */
        TypeEnum: "passport" | "national_id" | "tax_number" | "company_number" | "lei" | "other";
        UnreadCount: {
            unread: number;
        };
        UserRef: {
            /** Format: uuid */
            readonly id: string;
            /** @description Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only. */
            readonly username: string;
            readonly name: string;
        };
        /**
         * @description * `prosecutor` - Prosecutor
         *     * `liaison` - Liaison
         *     * `admin` - Admin
         * @enum {string}
         */
        UserRoleEnum: "prosecutor" | "liaison" | "admin";
        /** @description A partner state's view of a value order: no internal fields. */
        ValueOrder: {
            /** Format: uuid */
            readonly id: string;
            /** Format: uuid */
            readonly case: string;
            /** Format: uuid */
            readonly subject: string | null;
            readonly order: components["schemas"]["LegalOrder"];
            readonly amount: components["schemas"]["Money"];
            readonly basis: string;
            readonly final: boolean;
            /** @description Paid from the case's assets, as far as the caller may see them. */
            readonly satisfied: components["schemas"]["Money"];
            /** @description The amount less what was satisfied (of the satisfactions the caller sees). */
            readonly outstanding: components["schemas"]["Money"];
            readonly note?: string;
            /** @description Owning state only. */
            readonly restricted?: boolean;
            readonly internal_notes?: string;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
            readonly version?: number;
        };
        /** @description Refuse keys the payload does not define: a typo must not silently drop part of an act. */
        ValueOrderCreateRequest: {
            /** Format: uuid */
            subject?: string | null;
            order: components["schemas"]["ValueOrderOrderRequest"];
            /** @description The amount the order confiscates. */
            amount: components["schemas"]["MoneyRequest"];
            basis?: components["schemas"]["BasisEnum"] | components["schemas"]["BlankEnum"];
            /** @description The order is final. */
            final?: boolean;
            note?: string;
            restricted?: boolean;
            internal_notes?: string;
            /** Format: uuid */
            case: string;
        };
        /** @description The legal order of a value order: no expiry (it is not a freeze). */
        ValueOrderOrderRequest: {
            /** @description The issuing authority. */
            authority: string;
            /**
             * @description The state whose authority issued it.
             * @example GB
             */
            jurisdiction: string;
            /** @description The order's reference. */
            reference: string;
            /** Format: date */
            issued_on: string;
            /**
             * Format: time
             * @description The time of issue, local time in the issuing jurisdiction (HH:MM); needed with `term_hours`.
             */
            issued_at?: string | null;
            /** @description Freezes only: an urgent measure's term in hours from `issued_at` (48). */
            term_hours?: number | null;
            /** @description Freezes only: the order has no fixed term (a UK restraint order, many EU 2018/1805 freezing orders): in force until released. */
            without_term?: boolean;
        };
        WatchListHit: {
            /**
             * Format: double
             * @description logic-v2 score, 0 to 1.
             */
            score: number;
            readonly algorithm: string;
            /** @description The features that made the score, by name. */
            explanation: {
                [key: string]: components["schemas"]["Feature"];
            };
            /** @description The team's decision, if any.
             *
             *     * `positive` - Same entity
             *     * `negative` - Not the same
             *     * `unsure` - Unsure */
            judgement: (components["schemas"]["JudgementEnum"] | components["schemas"]["NullEnum"]) | null;
            /** Format: date-time */
            decided_at: string | null;
            /** Format: uuid */
            id: string;
            watch_list: string;
            /** @description The list's version in force. */
            version: string;
            /** @description The entry's FtM id. */
            entity_id: string;
            /** @description The entry's name. */
            caption: string;
            /** @description Person, Organization, Company or LegalEntity. */
            schema: string;
            /**
             * Format: date-time
             * @description When the subject first hit this entry.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it was last scored.
             */
            screened_at: string;
        };
        /** @description RFC 9457 problem details; `errors` lists what is wrong with invalid input. */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code?: string;
            errors?: {
                attr: string | null;
                code: string;
                detail: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    asset_actions_list: {
        parameters: {
            query: {
                /** @description An asset's id; up to 100 (repeat the parameter). */
                asset: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetActionsOf"][];
                };
            };
            /** @description Invalid input: what the act requires (`errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_list: {
        parameters: {
            query?: {
                case?: string;
                jurisdiction?: string;
                /** @description * `bank_account` - Bank account
                 *     * `real_estate` - Real estate
                 *     * `company_shares` - Company shares
                 *     * `securities` - Securities
                 *     * `vehicle` - Vehicle
                 *     * `vessel` - Vessel
                 *     * `aircraft` - Aircraft
                 *     * `crypto_wallet` - Crypto wallet
                 *     * `cash` - Cash
                 *     * `valuables` - Art or valuables
                 *     * `other` - Other */
                kind?: "aircraft" | "bank_account" | "cash" | "company_shares" | "crypto_wallet" | "other" | "real_estate" | "securities" | "valuables" | "vehicle" | "vessel";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description * `identified` - Identified
                 *     * `frozen` - Frozen
                 *     * `seized` - Seized
                 *     * `under_appeal` - Confiscated, under appeal
                 *     * `confiscated` - Confiscated
                 *     * `repatriated` - Repatriated
                 *     * `released` - Released */
                stage?: "confiscated" | "frozen" | "identified" | "released" | "repatriated" | "seized" | "under_appeal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAssetList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_actions_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asset's UUID */
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetAction"][];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No asset the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_matches_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAssetMatchList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_matches_decision_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                asset_id: string;
                match_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_restraint_orders_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The asset's UUID */
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestraintOrder"][];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No asset the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_transitions_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description The asset's UUID */
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAssetTransitionList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_transitions_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The asset's ETag (from GET /api/v1/assets/{id}/); 412 when it is stale. */
                "If-Match"?: string;
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The asset's UUID */
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetTransitionInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetWithOrders"];
                };
            };
            /** @description Invalid input: what the act requires (`errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller sees the asset but is not on the case team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No asset the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed from the asset's stage; the problem names `current_stage` and `allowed_actions`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_valuations_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description The asset's UUID */
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAssetValuationList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_valuations_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The asset's ETag; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                /** @description The asset's UUID */
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetValuationInputRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetValuation"];
                };
            };
            /** @description Invalid input (`errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller sees the asset but is not on the team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No asset the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this asset. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this asset. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedAssetUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Asset"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_export_csv: {
        parameters: {
            query?: {
                /** @description `bom=1` starts the file with a UTF-8 byte order mark, so that Excel opens accented names right; without it (the default) the file is plain UTF-8. */
                bom?: boolean;
                case?: string;
                jurisdiction?: string;
                /** @description * `bank_account` - Bank account
                 *     * `real_estate` - Real estate
                 *     * `company_shares` - Company shares
                 *     * `securities` - Securities
                 *     * `vehicle` - Vehicle
                 *     * `vessel` - Vessel
                 *     * `aircraft` - Aircraft
                 *     * `crypto_wallet` - Crypto wallet
                 *     * `cash` - Cash
                 *     * `valuables` - Art or valuables
                 *     * `other` - Other */
                kind?: "aircraft" | "bank_account" | "cash" | "company_shares" | "crypto_wallet" | "other" | "real_estate" | "securities" | "valuables" | "vehicle" | "vessel";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description * `identified` - Identified
                 *     * `frozen` - Frozen
                 *     * `seized` - Seized
                 *     * `under_appeal` - Confiscated, under appeal
                 *     * `confiscated` - Confiscated
                 *     * `repatriated` - Repatriated
                 *     * `released` - Released */
                stage?: "confiscated" | "frozen" | "identified" | "released" | "repatriated" | "seized" | "under_appeal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_export_xlsx: {
        parameters: {
            query?: {
                case?: string;
                jurisdiction?: string;
                /** @description * `bank_account` - Bank account
                 *     * `real_estate` - Real estate
                 *     * `company_shares` - Company shares
                 *     * `securities` - Securities
                 *     * `vehicle` - Vehicle
                 *     * `vessel` - Vessel
                 *     * `aircraft` - Aircraft
                 *     * `crypto_wallet` - Crypto wallet
                 *     * `cash` - Cash
                 *     * `valuables` - Art or valuables
                 *     * `other` - Other */
                kind?: "aircraft" | "bank_account" | "cash" | "company_shares" | "crypto_wallet" | "other" | "real_estate" | "securities" | "valuables" | "vehicle" | "vessel";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description * `identified` - Identified
                 *     * `frozen` - Frozen
                 *     * `seized` - Seized
                 *     * `under_appeal` - Confiscated, under appeal
                 *     * `confiscated` - Confiscated
                 *     * `repatriated` - Repatriated
                 *     * `released` - Released */
                stage?: "confiscated" | "frozen" | "identified" | "released" | "repatriated" | "seized" | "under_appeal";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assets_transitions_bulk_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetTransitionBulkInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetTransitionBulkResult"];
                };
            };
            /** @description Invalid input: what the act requires (`errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller sees the asset but is not on the case team. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No asset the caller may see has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed from the asset's stage; the problem names `current_stage` and `allowed_actions`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_csrf_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfToken"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_login_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_logout_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_me_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_mfa_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaStatus"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_mfa_recovery_codes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_mfa_totp_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_mfa_totp_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_mfa_totp_confirm_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_tokens_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedApiTokenList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_tokens_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_tokens_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this api token. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_tokens_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this api token. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_list: {
        parameters: {
            query?: {
                /** @description * `embezzlement` - Embezzlement of public funds
                 *     * `laundering_embezzled` - Laundering of embezzled public funds
                 *     * `bribery` - Bribery
                 *     * `laundering` - Laundering of proceeds (of other offences)
                 *     * `other` - Other offence */
                offence_category?: "bribery" | "embezzlement" | "laundering" | "laundering_embezzled" | "other";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                origin_state?: string;
                owner_state?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Search in reference, title and the names of the case's subjects */
                q?: string;
                /** @description * `open` - Open
                 *     * `closed` - Closed
                 *     * `archived` - Archived */
                status?: "archived" | "closed" | "open";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCaseList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseWriteRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_activity_list: {
        parameters: {
            query?: {
                /** @description e.g. `asset.updated` */
                action?: string;
                /** @description The user who acted (owning state only). */
                actor?: string;
                object_id?: string;
                /** @description e.g. `asset` */
                object_type?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description The changes of one request (its X-Request-ID). */
                request_id?: string;
                /** @description Events at or after this instant. */
                since?: string;
                /** @description Events at or before this instant. */
                until?: string;
            };
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAuditEventList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_export_ftm_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_links_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCaseLinkList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_shares_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's UUID */
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedShareList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_shares_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The case's UUID */
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareCreateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Share"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Share"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_shares_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's UUID */
                case_id: string;
                /** @description ISO alpha-2 code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this case. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this case. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCaseUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_export_csv: {
        parameters: {
            query?: {
                /** @description `bom=1` starts the file with a UTF-8 byte order mark, so that Excel opens accented names right; without it (the default) the file is plain UTF-8. */
                bom?: boolean;
                /** @description * `embezzlement` - Embezzlement of public funds
                 *     * `laundering_embezzled` - Laundering of embezzled public funds
                 *     * `bribery` - Bribery
                 *     * `laundering` - Laundering of proceeds (of other offences)
                 *     * `other` - Other offence */
                offence_category?: "bribery" | "embezzlement" | "laundering" | "laundering_embezzled" | "other";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                origin_state?: string;
                owner_state?: string;
                /** @description Search in reference, title and the names of the case's subjects */
                q?: string;
                /** @description * `open` - Open
                 *     * `closed` - Closed
                 *     * `archived` - Archived */
                status?: "archived" | "closed" | "open";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cases_export_xlsx: {
        parameters: {
            query?: {
                /** @description * `embezzlement` - Embezzlement of public funds
                 *     * `laundering_embezzled` - Laundering of embezzled public funds
                 *     * `bribery` - Bribery
                 *     * `laundering` - Laundering of proceeds (of other offences)
                 *     * `other` - Other offence */
                offence_category?: "bribery" | "embezzlement" | "laundering" | "laundering_embezzled" | "other";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                origin_state?: string;
                owner_state?: string;
                /** @description Search in reference, title and the names of the case's subjects */
                q?: string;
                /** @description * `open` - Open
                 *     * `closed` - Closed
                 *     * `archived` - Archived */
                status?: "archived" | "closed" | "open";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_list: {
        parameters: {
            query?: {
                case?: string;
                due_after?: string;
                due_before?: string;
                /** @description * `mla_response` - Answer to an MLA request due
                 *     * `mla_info_reply` - Further information for an MLA request due
                 *     * `freeze_expiry` - Freeze order expires
                 *     * `share_expiry` - Share with a partner state expires
                 *     * `follow_up` - Follow-up set by a prosecutor
                 *     * `task_due` - Task of a case due */
                kind?: "follow_up" | "freeze_expiry" | "mla_info_reply" | "mla_response" | "share_expiry" | "task_due";
                open?: boolean;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                overdue?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDeadlineList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deadline"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "deadlines.ics_retrieve": {
        parameters: {
            query?: {
                /** @description A calendar feed token's key (`/api/v1/deadlines/feed-tokens/`); a personal API token is not taken here. */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this deadline. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deadline"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_complete_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this deadline. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deadline"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_feed_tokens_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCalendarFeedTokenList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_feed_tokens_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarFeedTokenRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedTokenCreated"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_feed_tokens_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this calendar feed token. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedToken"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deadlines_feed_tokens_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this calendar feed token. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    documents_list: {
        parameters: {
            query?: {
                asset?: string;
                case?: string;
                /** @description Also list versions that a newer one superseded (hidden by default). */
                include_superseded?: boolean;
                /** @description * `court_order` - Court order
                 *     * `bank_record` - Bank record
                 *     * `mla_correspondence` - MLA correspondence
                 *     * `evidence` - Evidence
                 *     * `other` - Other */
                kind?: "bank_record" | "court_order" | "evidence" | "mla_correspondence" | "other";
                mla_request?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                sha256?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedDocumentList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    documents_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    documents_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this document. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    documents_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this document. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedDocumentUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    documents_download_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this document. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored bytes, streamed as an attachment (`Content-Disposition: attachment`), with the detected `Content-Type`, `X-Content-Type-Options: nosniff`, `Cache-Control: no-store` and `Repr-Digest: sha-256=:<base64>:`. Every download is recorded in the case's audit trail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    health_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDegraded"];
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_list: {
        parameters: {
            query?: {
                case?: string;
                /** @description * `outgoing` - Outgoing: the owning state asks
                 *     * `incoming` - Incoming: the owning state is asked (recorded from the letter received) */
                direction?: "incoming" | "outgoing";
                /** @description * `evidence` - Evidence
                 *     * `tracing` - Tracing information
                 *     * `freeze` - Freezing (UNCAC 55(2))
                 *     * `seizure` - Seizure (UNCAC 55(2))
                 *     * `confiscation` - Confiscation (UNCAC 55(1))
                 *     * `enforcement` - Enforcement of a foreign confiscation order (UNCAC 55(1))
                 *     * `return` - Return of assets (UNCAC 57)
                 *     * `spontaneous_disclosure` - Spontaneous disclosure (UNCAC 56) */
                kind?: "confiscation" | "enforcement" | "evidence" | "freeze" | "return" | "seizure" | "spontaneous_disclosure" | "tracing";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                overdue?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                requested_state?: string;
                /** @description * `draft` - Draft
                 *     * `sent` - Sent
                 *     * `acknowledged` - Acknowledged
                 *     * `info_requested` - Further information requested
                 *     * `in_execution` - In execution
                 *     * `postponed` - Postponed
                 *     * `executed` - Executed
                 *     * `partially_executed` - Partially executed
                 *     * `refused` - Refused
                 *     * `withdrawn` - Withdrawn */
                status?: "acknowledged" | "draft" | "executed" | "in_execution" | "info_requested" | "partially_executed" | "postponed" | "refused" | "sent" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMlaList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlaCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MlaCreated"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this mla request. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mla"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this mla request. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedMlaUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mla"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_transitions_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request's UUID */
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMlaTransitionList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_transitions_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The request's UUID */
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MlaActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mla"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_export_csv: {
        parameters: {
            query?: {
                /** @description `bom=1` starts the file with a UTF-8 byte order mark, so that Excel opens accented names right; without it (the default) the file is plain UTF-8. */
                bom?: boolean;
                case?: string;
                /** @description * `outgoing` - Outgoing: the owning state asks
                 *     * `incoming` - Incoming: the owning state is asked (recorded from the letter received) */
                direction?: "incoming" | "outgoing";
                /** @description * `evidence` - Evidence
                 *     * `tracing` - Tracing information
                 *     * `freeze` - Freezing (UNCAC 55(2))
                 *     * `seizure` - Seizure (UNCAC 55(2))
                 *     * `confiscation` - Confiscation (UNCAC 55(1))
                 *     * `enforcement` - Enforcement of a foreign confiscation order (UNCAC 55(1))
                 *     * `return` - Return of assets (UNCAC 57)
                 *     * `spontaneous_disclosure` - Spontaneous disclosure (UNCAC 56) */
                kind?: "confiscation" | "enforcement" | "evidence" | "freeze" | "return" | "seizure" | "spontaneous_disclosure" | "tracing";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                overdue?: boolean;
                requested_state?: string;
                /** @description * `draft` - Draft
                 *     * `sent` - Sent
                 *     * `acknowledged` - Acknowledged
                 *     * `info_requested` - Further information requested
                 *     * `in_execution` - In execution
                 *     * `postponed` - Postponed
                 *     * `executed` - Executed
                 *     * `partially_executed` - Partially executed
                 *     * `refused` - Refused
                 *     * `withdrawn` - Withdrawn */
                status?: "acknowledged" | "draft" | "executed" | "in_execution" | "info_requested" | "partially_executed" | "postponed" | "refused" | "sent" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mla_requests_export_xlsx: {
        parameters: {
            query?: {
                case?: string;
                /** @description * `outgoing` - Outgoing: the owning state asks
                 *     * `incoming` - Incoming: the owning state is asked (recorded from the letter received) */
                direction?: "incoming" | "outgoing";
                /** @description * `evidence` - Evidence
                 *     * `tracing` - Tracing information
                 *     * `freeze` - Freezing (UNCAC 55(2))
                 *     * `seizure` - Seizure (UNCAC 55(2))
                 *     * `confiscation` - Confiscation (UNCAC 55(1))
                 *     * `enforcement` - Enforcement of a foreign confiscation order (UNCAC 55(1))
                 *     * `return` - Return of assets (UNCAC 57)
                 *     * `spontaneous_disclosure` - Spontaneous disclosure (UNCAC 56) */
                kind?: "confiscation" | "enforcement" | "evidence" | "freeze" | "return" | "seizure" | "spontaneous_disclosure" | "tracing";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                overdue?: boolean;
                requested_state?: string;
                /** @description * `draft` - Draft
                 *     * `sent` - Sent
                 *     * `acknowledged` - Acknowledged
                 *     * `info_requested` - Further information requested
                 *     * `in_execution` - In execution
                 *     * `postponed` - Postponed
                 *     * `executed` - Executed
                 *     * `partially_executed` - Partially executed
                 *     * `refused` - Refused
                 *     * `withdrawn` - Withdrawn */
                status?: "acknowledged" | "draft" | "executed" | "in_execution" | "info_requested" | "partially_executed" | "postponed" | "refused" | "sent" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: {
                kind?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedNotificationList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this notification. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_read_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this notification. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_read_all_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_unread_count_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reports_summary_retrieve: {
        parameters: {
            query?: {
                /** @description The report's date (default today): rates are the latest on or before it; overdue requests and lapsing freezes are counted from it. */
                as_of?: string;
                /** @description ISO 4217 reporting currency (default: the REPORTING_CURRENCY setting, USD). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    report_summary_export_csv: {
        parameters: {
            query?: {
                /** @description The report's date (default today): rates are the latest on or before it; overdue requests and lapsing freezes are counted from it. */
                as_of?: string;
                /** @description `bom=1` starts the file with a UTF-8 byte order mark, so that Excel opens accented names right; without it (the default) the file is plain UTF-8. */
                bom?: boolean;
                /** @description ISO 4217 reporting currency (default: the REPORTING_CURRENCY setting, USD). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    report_summary_export_xlsx: {
        parameters: {
            query?: {
                /** @description The report's date (default today): rates are the latest on or before it; overdue requests and lapsing freezes are counted from it. */
                as_of?: string;
                /** @description ISO 4217 reporting currency (default: the REPORTING_CURRENCY setting, USD). */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_agreements_list: {
        parameters: {
            query?: {
                asset?: string;
                case?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                value_order?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSharingAgreementList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_agreements_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SharingAgreementCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreement"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_agreements_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this sharing agreement. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreement"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sharing_agreements_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this sharing agreement. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedSharingAgreementUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingAgreement"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    states_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedStateList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    states_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["State"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_list: {
        parameters: {
            query?: {
                case?: string;
                /** @description * `person` - Person
                 *     * `organization` - Organization */
                kind?: "organization" | "person";
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description Search in names */
                q?: string;
                /** @description * `official` - Senior public official
                 *     * `family` - Family member
                 *     * `associate` - Close associate
                 *     * `nominee` - Nominee
                 *     * `corporate_vehicle` - Corporate vehicle
                 *     * `other` - Other */
                role?: "associate" | "corporate_vehicle" | "family" | "nominee" | "official" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSubjectList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description A client-chosen key (1 to 200 visible ASCII characters). Retrying a create with the same key answers the first result (header `Idempotent-Replayed: true`) instead of creating a duplicate; keys are kept 24 hours, per user. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this subject. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this subject. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedSubjectUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_matches_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subject_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSubjectMatchList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_matches_decision_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                match_id: string;
                subject_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_watchlist_hits_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subject_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedWatchListHitList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    subjects_watchlist_hits_decision_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hit_id: string;
                subject_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInputRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchListHit"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_list: {
        parameters: {
            query?: {
                asset?: string;
                /** @description A user's id, or `me` */
                assignee?: string;
                case?: string;
                mla_request?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                overdue?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description * `open` - Open
                 *     * `in_progress` - In progress
                 *     * `done` - Done
                 *     * `cancelled` - Cancelled */
                status?: ("cancelled" | "done" | "in_progress" | "open")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTaskList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this task. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this task. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTaskUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_comments_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this task. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTaskCommentList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_comments_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this task. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCommentCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskComment"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tasks_waive_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The task's ETag. */
                "If-Match"?: string;
            };
            path: {
                /** @description A UUID string identifying this task. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskWaiveRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    third_party_claims_list: {
        parameters: {
            query?: {
                asset?: string;
                case?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description * `filed` - Filed
                 *     * `upheld` - Upheld
                 *     * `partly_upheld` - Partly upheld
                 *     * `dismissed` - Dismissed */
                status?: ("dismissed" | "filed" | "partly_upheld" | "upheld")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedThirdPartyClaimList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    third_party_claims_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThirdPartyClaimCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdPartyClaim"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    third_party_claims_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this third party claim. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdPartyClaim"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    third_party_claims_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this third party claim. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedThirdPartyClaimUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdPartyClaim"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    third_party_claims_decision_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record's ETag; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                /** @description A UUID string identifying this third party claim. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThirdPartyClaimDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdPartyClaim"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value_orders_list: {
        parameters: {
            query?: {
                case?: string;
                final?: boolean;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                subject?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedValueOrderList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value_orders_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValueOrderCreateRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueOrder"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value_orders_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this value order. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueOrder"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value_orders_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this value order. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedValueOrderUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueOrder"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value_orders_satisfactions_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID string identifying this value order. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedValueOrderSatisfactionList"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    value_orders_satisfactions_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record's ETag; 412 when it is stale. */
                "If-Match"?: string;
            };
            path: {
                /** @description A UUID string identifying this value order. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SatisfactionCreateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueOrder"];
                };
            };
            /** @description Invalid input; see `errors`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, and allowed to see the object, but not to do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No object the caller may see has this id (or the page does not exist). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the media types in Accept can be served. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the object's current state, or an Idempotency-Key conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body or upload is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Throttled; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the request needs (the database, the broker) is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
