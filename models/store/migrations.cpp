#include "migrations.h"

#include "sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace docket::store {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Workspace)
};

// Each step is a list of statements. Append new steps; never edit a released one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list{
        // 1: documents, their blocks, and the tickets drafted from them.
        {
            QStringLiteral("CREATE TABLE documents ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " source_path TEXT NOT NULL,"
                           " format TEXT NOT NULL CHECK (format IN ('markdown', 'text')),"
                           " source_text TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE blocks ("
                           " id TEXT PRIMARY KEY,"
                           " document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " ordinal INTEGER NOT NULL,"
                           " type TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " items_json TEXT NOT NULL DEFAULT '[]',"
                           " heading_level INTEGER NOT NULL DEFAULT 0,"
                           " heading_path_json TEXT NOT NULL DEFAULT '[]',"
                           " start_line INTEGER NOT NULL,"
                           " end_line INTEGER NOT NULL,"
                           " language TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (document_id, ordinal))"),
            QStringLiteral(
                "CREATE TABLE tickets ("
                " id TEXT PRIMARY KEY,"
                " document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                " block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL,"
                " title TEXT NOT NULL,"
                " body TEXT NOT NULL DEFAULT '',"
                " ticket_type TEXT NOT NULL CHECK (ticket_type IN ('epic','story','task','bug','spike')),"
                " priority TEXT CHECK (priority IN ('P0','P1','P2','P3')),"
                " labels_json TEXT NOT NULL DEFAULT '[]',"
                " acceptance_criteria_json TEXT NOT NULL DEFAULT '[]',"
                " estimated_effort TEXT NOT NULL DEFAULT '',"
                " story_points INTEGER,"
                " dependencies_json TEXT NOT NULL DEFAULT '[]',"
                " parent_id TEXT NOT NULL DEFAULT '',"
                " component TEXT NOT NULL DEFAULT '',"
                " milestone TEXT NOT NULL DEFAULT '',"
                " confidence REAL,"
                " status TEXT NOT NULL CHECK (status IN"
                "  ('generated','reviewed','pushed','push_failed','synced')),"
                " platform TEXT CHECK (platform IN ('github','linear','jira')),"
                " external_id TEXT NOT NULL DEFAULT '',"
                " external_url TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX blocks_by_document ON blocks(document_id, ordinal)"),
            QStringLiteral("CREATE INDEX tickets_by_document ON tickets(document_id)"),
            QStringLiteral("CREATE INDEX tickets_by_status ON tickets(status)"),
        },
        // 2: the activity log: every change, who made it, and the values before and after.
        {
            QStringLiteral("CREATE TABLE activity ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " entity_type TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " before_json TEXT,"
                           " after_json TEXT)"),
            QStringLiteral("CREATE INDEX activity_by_entity ON activity(entity_id)"),
        },
        // 3: what each generation run did, the risks and open questions it found, and the problems
        // it flagged on each ticket.
        {
            QStringLiteral("CREATE TABLE generation_runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " generator TEXT NOT NULL,"
                           " model TEXT NOT NULL DEFAULT '',"
                           " finished_at TEXT NOT NULL,"
                           " duration_ms INTEGER NOT NULL,"
                           " prompt_tokens INTEGER,"
                           " completion_tokens INTEGER,"
                           " finish_reason TEXT NOT NULL DEFAULT '',"
                           " ticket_count INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE notes ("
                           " id TEXT PRIMARY KEY,"
                           " document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('risk', 'open_question')),"
                           " text TEXT NOT NULL,"
                           " block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL,"
                           " created_at TEXT NOT NULL,"
                           " UNIQUE (document_id, kind, text))"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN problems_json TEXT NOT NULL DEFAULT '[]'"),
            // The hash of the source block's text when the ticket was generated: a re-generation
            // after the spec changed proposes an update instead of overwriting the ticket.
            QStringLiteral("ALTER TABLE tickets ADD COLUMN source_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE ticket_proposals ("
                           " ticket_id TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,"
                           " proposed_json TEXT NOT NULL,"
                           " source_hash TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
        },
        // 4: review. A pushed ticket edited in Docket waits to be sent as an update; the block_id
        // indexes keep deleting or re-importing blocks from scanning every ticket and note.
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN changed_locally INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX tickets_by_block ON tickets(block_id)"),
            QStringLiteral("CREATE INDEX notes_by_block ON notes(block_id)"),
        },
        // 5: tracker accounts. No secrets: the tokens live in the OS keychain. A disconnected
        // account keeps its row for audit, with is_active = 0 and the time it was disconnected.
        {
            QStringLiteral("CREATE TABLE accounts ("
                           " id TEXT PRIMARY KEY,"
                           " platform TEXT NOT NULL CHECK (platform IN ('github','linear','jira')),"
                           " api_base_url TEXT NOT NULL,"
                           " auth_method TEXT NOT NULL,"
                           " account_name TEXT NOT NULL DEFAULT '',"
                           " account_id TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL DEFAULT '',"
                           " cloud_id TEXT NOT NULL DEFAULT '',"
                           " site_name TEXT NOT NULL DEFAULT '',"
                           " site_url TEXT NOT NULL DEFAULT '',"
                           " scopes_json TEXT NOT NULL DEFAULT '[]',"
                           " status TEXT NOT NULL CHECK (status IN"
                           "  ('connected','reconnect_needed','disconnected')),"
                           " is_active INTEGER NOT NULL DEFAULT 1,"
                           " token_expires_at TEXT,"
                           " connected_at TEXT NOT NULL,"
                           " disconnected_at TEXT)"),
        },
        // 6: pushing. Each ticket keeps a stable push key and the tracker's last refusal; the
        // outbox records every push intent before its request leaves, so an outcome lost to a
        // timeout or a crash is looked up (by the key) instead of being sent twice.
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN push_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN last_push_error TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "CREATE UNIQUE INDEX tickets_by_push_key ON tickets(push_key) WHERE push_key != ''"),
            QStringLiteral(
                "CREATE TABLE push_outbox ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
                " account_id TEXT NOT NULL REFERENCES accounts(id),"
                " target TEXT NOT NULL,"
                " operation TEXT NOT NULL CHECK (operation IN ('create','update','link')),"
                " push_key TEXT NOT NULL,"
                " state TEXT NOT NULL CHECK (state IN ('intended','confirmed','failed','unknown')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX push_outbox_open ON push_outbox(state) WHERE state IN ('intended','unknown')"),
        },
    };
    return list;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

Status migrate(QSqlDatabase &database, int currentVersion, int targetVersion)
{
    for (int version = currentVersion + 1; version <= targetVersion; ++version) {
        const QString where = Text::tr("migrating the workspace to schema %1").arg(version);
        if (!database.transaction())
            return Error{database.lastError().text(), where};
        QStringList statements = steps().at(version - 1);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &statement : std::as_const(statements)) {
            if (Status ran = exec(database, statement, where); !ran) {
                database.rollback();
                return ran;
            }
        }
        if (!database.commit()) {
            const Error error{database.lastError().text(), where};
            database.rollback();
            return error;
        }
    }
    return {};
}

} // namespace docket::store
