#pragma once

#include "common/result.h"
#include "domain/account.h"
#include "domain/block.h"
#include "domain/block_matching.h"
#include "domain/document.h"
#include "domain/draft.h"
#include "domain/note.h"
#include "domain/ticket.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace docket {

// One change, as the seeds' agent_updates record it: who, when, what, before and after.
struct ActivityEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;      // "gui", "cli", "import", "generator:rules", ...
    QString entityType; // "document", "ticket"
    QString entityId;
    QString action; // "imported", "created", "updated", "deleted", ...
    QJsonValue before;
    QJsonValue after;
};

// A re-generation's update for a ticket whose source block changed, waiting for the PM to
// accept or reject it.
struct TicketProposal {
    QString ticketId;
    Ticket proposed; // the ticket as it would be after accepting
    QString sourceHash;
    QDateTime createdAt;
};

// One push intent, recorded before its request leaves (schema 6). `unknown`: the request may or
// may not have reached the tracker (timeout, dropped connection, crash); before sending again,
// the pusher looks for the issue by the push key.
struct PushIntent {
    enum class Operation { Create, Update, Link };
    enum class State { Intended, Confirmed, Failed, Unknown };
    qint64 id = 0;
    QString ticketId;
    QString accountId;
    QString target; // owner/repo, team id, project key
    Operation operation = Operation::Create;
    QString pushKey;
    State state = State::Intended;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct TicketQuery {
    QString documentId;                 // empty: every document
    std::optional<TicketStatus> status; // unset: every status
};

// A .docket workspace file: SQLite through QtSql. One instance owns one connection and must
// be used only on the thread that opened it; open a second instance for a worker thread.
class Workspace {
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // Checks before it touches anything: a file that is not a Docket workspace, was written by a
    // newer Docket, or fails integrity_check gives an Error and is left exactly as it was, with no
    // -wal or -shm file beside it.
    // Older schemas are migrated, each numbered step in its own transaction.
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   OpenMode mode = OpenMode::CreateIfMissing);

    // For migration tests: create a new file at exactly this schema version. Only raw SQL may be
    // used on it; open() it again to migrate before using the API.
    static Result<std::unique_ptr<Workspace>> createAtVersion(const QString &path, int version);

    static int latestSchemaVersion();

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const;
    int schemaVersion() const;

    // Documents and their blocks (written together in one transaction).
    Status addDocument(const Document &document, const QList<Block> &blocks, const QString &actor);
    Status removeDocument(const QString &documentId, const QString &actor);
    Result<QList<Document>> documents(bool withSourceText = false) const;
    Result<Document> document(const QString &documentId) const;
    Result<QList<Block>> blocks(const QString &documentId) const;
    Result<int> blockCount(const QString &documentId) const;

    // After a re-import: the document's new text and blocks, matched to the old ones (see
    // matchBlocks). Matched blocks keep their ids and so their tickets; tickets of removed blocks
    // keep existing but are told, in their problems, that their source is gone.
    Status updateDocument(const Document &document, const BlockMatch &match, const QString &actor);

    // Tickets. saveTickets inserts or updates every ticket in one transaction and logs each change.
    Status saveTicket(const Ticket &ticket, const QString &actor);
    Status saveTickets(const QList<Ticket> &tickets, const QString &actor);
    Status removeTicket(const QString &ticketId, const QString &actor);
    Result<QList<Ticket>> tickets(const TicketQuery &query = {}) const;
    Result<Ticket> ticket(const QString &ticketId) const;
    // The ticket, or no value when no ticket has this id (an Error only when reading failed).
    Result<std::optional<Ticket>> findTicket(const QString &ticketId) const;

    // Records a finished generation: the run (generator, model, timing, tokens) and the risks and
    // open questions it found, each kept once per document however often it is generated again.
    Status recordGeneration(const QString &documentId, const DraftSet &set, const QString &actor);
    Result<QList<Note>> notes(const QString &documentId) const;
    Result<int> generationCount(const QString &documentId) const;

    // Proposed updates from re-generation; accepting applies one, rejecting keeps the ticket as it
    // is and stops proposing for that version of the source.
    Status saveProposal(const TicketProposal &proposal);
    Result<QList<TicketProposal>> proposals(const QString &documentId) const;
    Status acceptProposal(const QString &ticketId, const QString &actor);
    Status rejectProposal(const QString &ticketId, const QString &actor);

    // Tracker accounts (workspace_accounts.cpp). Connecting and disconnecting are logged; no
    // secret is ever part of an Account.
    Status saveAccount(const Account &account, const QString &actor);
    Result<QList<Account>> accounts(bool includeDisconnected = false) const;
    Result<std::optional<Account>> account(const QString &accountId) const;

    // The push outbox (workspace_push.cpp). recordPushIntent returns the new intent's id.
    Result<qint64> recordPushIntent(const PushIntent &intent);
    Status setPushIntentState(qint64 intentId, PushIntent::State state, const QString &error = {});
    // Intents still intended or unknown: what a crash or a lost answer left open.
    Result<QList<PushIntent>> openPushIntents(const QString &accountId = {}) const;

    Result<QList<ActivityEntry>> activity(const QString &entityId = {}, int limit = -1) const;

    // Runs work inside one write transaction, which takes the write lock as it begins: a write on
    // another connection waits for it (up to the busy timeout) instead of failing halfway. Rolls
    // back when work returns an error. Called from inside work it is a savepoint: a failure
    // undoes only the inner work, and the outer work decides what to do with the error.
    Status transaction(const std::function<Status()> &work);

private:
    Workspace(QString path, QString connectionName);
    static Result<std::unique_ptr<Workspace>> openAt(const QString &path, OpenMode mode, int targetVersion);
    QSqlDatabase database() const;
    Status resolveProposal(const QString &ticketId, const QString &actor, bool accept);
    Status logActivity(const QString &actor, const QString &entityType, const QString &entityId,
                       const QString &action, const QJsonValue &before, const QJsonValue &after);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace docket
