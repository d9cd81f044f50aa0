#include "workspace.h"

#include "domain/json.h"
#include "migrations.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>

namespace docket {

using store::exec;
using store::prepare;

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Workspace)
};

const QString kDriver = QStringLiteral("QSQLITE");

QString newConnectionName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("docket-workspace-%1").arg(counter.fetch_add(1));
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QString valueToJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFromJson(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject())
        return document.object();
    const QJsonArray array = document.array();
    return array.size() == 1 && !text.startsWith(QLatin1String("[[")) ? array.first() : QJsonValue(array);
}

// A null QString binds as SQL NULL; columns that hold "" for "none" need an empty string.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Whether SQLite last wrote the file in WAL mode: its header's bytes 18 and 19 are 2 then.
bool isWalDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2 &&
           header.at(19) == 2;
}

// An address under which SQLite writes nothing to the file or beside it. mode=ro alone is not
// enough for a WAL database: its reader creates -wal and -shm files and, being read-only, cannot
// remove them. When there is no -wal file every page is in the main file, and immutable=1 reads
// it without side files or locks; with one, its pages count and only a normal reader sees them.
// A -journal file means a write in rollback mode is under way (another opener switching a new file
// to WAL): only a reader that takes locks sees the file whole then.
QString readOnlyUri(const QString &path)
{
    const bool wholeInMainFile = isWalDatabase(path) && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                                 !QFileInfo::exists(path + QStringLiteral("-journal"));
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(wholeInMainFile ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    return uri.toString(QUrl::FullyEncoded);
}

// Read-only checks before anything is written: identity, version, integrity.
Status checkExistingFile(const QString &path)
{
    const QString name = newConnectionName();
    Status status;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(kDriver, name);
        database.setDatabaseName(readOnlyUri(path));
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        const QString notWorkspace = Text::tr("This file is not a Docket workspace.");
        if (!database.open()) {
            status = Error{notWorkspace + QLatin1Char(' ') + database.lastError().text(), path};
        } else {
            auto applicationId = store::scalar(database, QStringLiteral("PRAGMA application_id"), path);
            auto tableCount = store::scalar(
                database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), path);
            auto version = store::scalar(database, QStringLiteral("PRAGMA user_version"), path);
            if (!applicationId || !tableCount || !version) {
                status = Error{notWorkspace, path};
            } else if (applicationId.value().toInt() != store::kApplicationId &&
                       (applicationId.value().toInt() != 0 || tableCount.value().toInt() > 0)) {
                status = Error{notWorkspace, path};
            } else if (version.value().toInt() > store::latestSchemaVersion()) {
                status =
                    Error{Text::tr("This workspace was written by a newer version of Docket (schema %1; this "
                                   "version reads up to schema %2). Update Docket to open it.")
                              .arg(version.value().toInt())
                              .arg(store::latestSchemaVersion()),
                          path};
            } else {
                QSqlQuery integrity(database);
                if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    status = Error{Text::tr("The workspace is damaged and cannot be read: %1")
                                       .arg(integrity.lastError().text()),
                                   path};
                } else {
                    QStringList problems;
                    while (integrity.next())
                        problems.append(integrity.value(0).toString());
                    if (problems != QStringList{QStringLiteral("ok")})
                        status = Error{Text::tr("The workspace is damaged (integrity check: %1).")
                                           .arg(problems.mid(0, 3).join(QStringLiteral("; "))),
                                       path};
                }
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

// A failing ROLLBACK is not reported: SQLite has then rolled back by itself already, as it does
// after some errors (a full disk, for one), and the cause is what the caller needs to hear.
Error rollBackTransaction(QSqlDatabase &database, const Error &cause)
{
    exec(database, QStringLiteral("ROLLBACK"), cause.where);
    return cause;
}

Status commitTransaction(QSqlDatabase &database)
{
    if (Status committed = exec(database, QStringLiteral("COMMIT"), Text::tr("saving the changes"));
        !committed)
        return rollBackTransaction(database, committed.error());
    return {};
}

// ROLLBACK TO undoes the inner work but keeps the savepoint open; RELEASE then closes it. When
// that fails SQLite has undone the whole transaction, the outer work too, and the caller must
// hear it.
Error rollBackToSavepoint(QSqlDatabase &database, const QString &savepoint, Error cause)
{
    Status undone = exec(database, QStringLiteral("ROLLBACK TO ") + savepoint, cause.where);
    if (undone)
        undone = exec(database, QStringLiteral("RELEASE ") + savepoint, cause.where);
    if (!undone)
        cause.message +=
            QLatin1Char(' ') + Text::tr("(Undoing the change failed too: %1)").arg(undone.error().message);
    return cause;
}

// id, document_id, ordinal, type, text, items_json, heading_level, heading_path_json, start_line,
// end_line, language: the order both block statements use.
void bindBlock(QSqlQuery &query, const Block &block, const QString &documentId)
{
    query.bindValue(0, block.id);
    query.bindValue(1, documentId);
    query.bindValue(2, block.ordinal);
    query.bindValue(3, blockTypeName(block.type));
    query.bindValue(4, nonNull(block.text));
    query.bindValue(5, listToJson(block.items));
    query.bindValue(6, block.headingLevel);
    query.bindValue(7, listToJson(block.headingPath));
    query.bindValue(8, block.startLine);
    query.bindValue(9, block.endLine);
    query.bindValue(10, nonNull(block.language));
}

QString documentColumns()
{
    return QStringLiteral("id, title, source_path, format, sha256, imported_at");
}

Document documentFromQuery(const QSqlQuery &query, bool withSourceText)
{
    Document document;
    document.id = query.value(0).toString();
    document.title = query.value(1).toString();
    document.sourcePath = query.value(2).toString();
    document.format = documentFormatFromName(query.value(3).toString()).value_or(DocumentFormat::Markdown);
    document.sha256 = query.value(4).toString();
    document.importedAt = parseIsoTimestamp(query.value(5).toString());
    if (withSourceText)
        document.sourceText = query.value(6).toString();
    return document;
}

const QString kTicketColumns = QStringLiteral(
    "id, document_id, block_id, title, body, ticket_type, priority, labels_json, acceptance_criteria_json, "
    "estimated_effort, story_points, dependencies_json, parent_id, component, milestone, confidence, status, "
    "platform, external_id, external_url, created_at, updated_at, problems_json, source_hash, "
    "changed_locally, push_key, last_push_error");

Ticket ticketFromQuery(const QSqlQuery &query)
{
    Ticket ticket;
    ticket.id = query.value(0).toString();
    ticket.documentId = query.value(1).toString();
    ticket.blockId = query.value(2).toString();
    ticket.title = query.value(3).toString();
    ticket.body = query.value(4).toString();
    ticket.ticketType = ticketTypeFromName(query.value(5).toString()).value_or(TicketType::Task);
    if (!query.isNull(6))
        ticket.priority = priorityFromName(query.value(6).toString());
    ticket.labels = listFromJson(query.value(7).toString());
    ticket.acceptanceCriteria = listFromJson(query.value(8).toString());
    ticket.estimatedEffort = query.value(9).toString();
    if (!query.isNull(10))
        ticket.storyPoints = query.value(10).toInt();
    ticket.dependencies = listFromJson(query.value(11).toString());
    ticket.parentId = query.value(12).toString();
    ticket.component = query.value(13).toString();
    ticket.milestone = query.value(14).toString();
    if (!query.isNull(15))
        ticket.confidence = query.value(15).toDouble();
    ticket.status = ticketStatusFromName(query.value(16).toString()).value_or(TicketStatus::Generated);
    if (!query.isNull(17))
        ticket.platform = platformFromName(query.value(17).toString());
    ticket.externalId = query.value(18).toString();
    ticket.externalUrl = query.value(19).toString();
    ticket.createdAt = parseIsoTimestamp(query.value(20).toString());
    ticket.updatedAt = parseIsoTimestamp(query.value(21).toString());
    ticket.problems = listFromJson(query.value(22).toString());
    ticket.sourceHash = query.value(23).toString();
    ticket.changedLocally = query.value(24).toBool();
    ticket.pushKey = query.value(25).toString();
    ticket.lastPushError = query.value(26).toString();
    return ticket;
}

// Ids that occur more than once in a batch; usually none.
QSet<QString> repeatedIds(const QList<Ticket> &tickets)
{
    QSet<QString> seen;
    seen.reserve(tickets.size());
    QSet<QString> repeated;
    for (const Ticket &ticket : tickets) {
        if (seen.contains(ticket.id))
            repeated.insert(ticket.id);
        else
            seen.insert(ticket.id);
    }
    return repeated;
}

// The stored versions of these tickets, by id. Only their rows are read, by primary key, a chunk
// of ids per query: saving a few tickets of a large document stays cheap, and a chunk's bound
// values stay far below SQLite's limit.
Result<QHash<QString, Ticket>> storedVersions(const QSqlDatabase &database, const QList<Ticket> &tickets,
                                              const QString &where)
{
    constexpr qsizetype kIdsPerQuery = 500;
    QStringList ids;
    ids.reserve(tickets.size());
    for (const Ticket &ticket : tickets)
        ids.append(ticket.id);
    ids.removeDuplicates();

    QHash<QString, Ticket> stored;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        const QStringList chunk = ids.mid(first, kIdsPerQuery);
        const QString placeholders =
            QStringList(chunk.size(), QStringLiteral("?")).join(QStringLiteral(", "));
        auto ran = store::run(
            database,
            QStringLiteral("SELECT %1 FROM tickets WHERE id IN (%2)").arg(kTicketColumns, placeholders),
            QVariantList(chunk.cbegin(), chunk.cend()), where);
        if (!ran)
            return ran.error();
        while (ran.value().next()) {
            Ticket ticket = ticketFromQuery(ran.value());
            stored.insert(ticket.id, std::move(ticket));
        }
    }
    return stored;
}

void bindTicket(QSqlQuery &query, const Ticket &ticket)
{
    query.bindValue(0, ticket.id);
    query.bindValue(1, ticket.documentId);
    query.bindValue(2, nullableText(ticket.blockId));
    query.bindValue(3, nonNull(ticket.title));
    query.bindValue(4, nonNull(ticket.body));
    query.bindValue(5, ticketTypeName(ticket.ticketType));
    query.bindValue(6, ticket.priority ? QVariant(priorityName(*ticket.priority))
                                       : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(7, listToJson(ticket.labels));
    query.bindValue(8, listToJson(ticket.acceptanceCriteria));
    query.bindValue(9, nonNull(ticket.estimatedEffort));
    query.bindValue(10,
                    ticket.storyPoints ? QVariant(*ticket.storyPoints) : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(11, listToJson(ticket.dependencies));
    query.bindValue(12, nonNull(ticket.parentId));
    query.bindValue(13, nonNull(ticket.component));
    query.bindValue(14, nonNull(ticket.milestone));
    query.bindValue(15, ticket.confidence ? QVariant(*ticket.confidence)
                                          : QVariant(QMetaType(QMetaType::Double)));
    query.bindValue(16, ticketStatusName(ticket.status));
    query.bindValue(17, ticket.platform ? QVariant(platformName(*ticket.platform))
                                        : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(18, nonNull(ticket.externalId));
    query.bindValue(19, nonNull(ticket.externalUrl));
    query.bindValue(20, isoTimestamp(ticket.createdAt));
    query.bindValue(21, isoTimestamp(ticket.updatedAt));
    query.bindValue(22, listToJson(ticket.problems));
    query.bindValue(23, nonNull(ticket.sourceHash));
    query.bindValue(24, int(ticket.changedLocally));
    query.bindValue(25, nonNull(ticket.pushKey));
    query.bindValue(26, nonNull(ticket.lastPushError));
}

// What opening has to bring up to date.
struct SchemaState {
    int version = 0;
    bool writeAheadLog = false;
};

Result<SchemaState> readSchemaState(QSqlDatabase &database, const QString &path)
{
    // user_version first: reading it reads the file's header, which tells SQLite the journal mode.
    auto version = store::scalar(database, QStringLiteral("PRAGMA user_version"), path);
    if (!version)
        return version.error();
    auto mode = store::scalar(database, QStringLiteral("PRAGMA journal_mode"), path);
    if (!mode)
        return mode.error();
    return SchemaState{version.value().toInt(),
                       mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0};
}

// Readers then do not block the writer nor the writer the readers; a new file also says it is a
// workspace before it gets its first tables.
Status upgradeSchema(QSqlDatabase &database, const SchemaState &state, int targetVersion, const QString &path)
{
    if (!state.writeAheadLog) {
        if (Status set = exec(database, QStringLiteral("PRAGMA journal_mode = WAL"), path); !set)
            return set;
    }
    if (state.version == 0) {
        if (Status set =
                exec(database, QStringLiteral("PRAGMA application_id = %1").arg(store::kApplicationId), path);
            !set)
            return set;
    }
    if (state.version < targetVersion)
        return store::migrate(database, state.version, targetVersion);
    return {};
}

Error lockFileError(const QLockFile &lock, const QString &lockPath, const QString &path)
{
    if (lock.error() == QLockFile::LockFailedError)
        return Error{Text::tr("Another Docket is still creating or upgrading this workspace. Try again when "
                              "it has finished."),
                     path};
    return Error{Text::tr("The workspace cannot be created or upgraded: its lock file %1 cannot be written.")
                     .arg(QDir::toNativeSeparators(lockPath)),
                 path};
}

// Brings a new or older file up to targetVersion; returns the version it is at. Two openers at
// once (two threads, the window and the CLI) must not both create or migrate it. migrate() runs
// every step in a transaction of its own, so no single SQLite transaction can hold the version
// check and the steps together; a lock file beside the workspace does, and the state is read again
// under it. A file that is up to date, the usual case, is opened without it.
Result<int> prepareSchema(QSqlDatabase &database, const QString &path, int targetVersion)
{
    auto state = readSchemaState(database, path);
    if (!state)
        return state.error();
    if (state.value().writeAheadLog && state.value().version >= targetVersion)
        return state.value().version;

    const QString lockPath = path + QStringLiteral("-lock");
    QLockFile lock(lockPath);
    // A long migration is not a stale lock; the lock of a process that died is found by its id.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(std::chrono::seconds(60)))
        return lockFileError(lock, lockPath, path);
    state = readSchemaState(database, path);
    if (!state)
        return state.error();
    if (Status upgraded = upgradeSchema(database, state.value(), targetVersion, path); !upgraded)
        return upgraded.error();
    return std::max(state.value().version, targetVersion);
}

} // namespace

struct Workspace::Private {
    QString path;
    QString connectionName;
    int schemaVersion = 0;
    int transactionDepth = 0;
    // Prepared once: a batch of 50,000 tickets writes as many activity rows.
    std::optional<QSqlQuery> activityInsert;
};

Workspace::Workspace(QString path, QString connectionName)
    : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->connectionName = std::move(connectionName);
}

Workspace::~Workspace()
{
    d->activityInsert.reset(); // queries go before their connection
    {
        QSqlDatabase database = QSqlDatabase::database(d->connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

int Workspace::latestSchemaVersion()
{
    return store::latestSchemaVersion();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    return openAt(path, mode, store::latestSchemaVersion());
}

Result<std::unique_ptr<Workspace>> Workspace::createAtVersion(const QString &path, int version)
{
    if (QFileInfo::exists(path))
        return Error{Text::tr("The file already exists."), path};
    return openAt(path, OpenMode::CreateIfMissing, version);
}

Result<std::unique_ptr<Workspace>> Workspace::openAt(const QString &path, OpenMode mode, int targetVersion)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error{Text::tr("No workspace file was named."), {}};
    if (info.exists() && info.isDir())
        return Error{Text::tr("This is a folder, not a Docket workspace."), path};
    if (!info.exists() && mode == OpenMode::MustExist)
        return Error{Text::tr("The workspace does not exist."), path};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error{Text::tr("The folder for the workspace does not exist."), path};
    if (info.exists() && info.size() > 0) {
        if (Status checked = checkExistingFile(path); !checked)
            return checked.error();
    }

    auto workspace = std::unique_ptr<Workspace>(new Workspace(info.absoluteFilePath(), newConnectionName()));
    QSqlDatabase database = QSqlDatabase::addDatabase(kDriver, workspace->d->connectionName);
    database.setDatabaseName(path);
    if (!database.open())
        return Error{Text::tr("The workspace cannot be opened: %1").arg(database.lastError().text()), path};

    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"}) {
        if (Status set = exec(database, QString::fromLatin1(pragma), path); !set)
            return set.error();
    }
    auto prepared = prepareSchema(database, workspace->d->path, targetVersion);
    if (!prepared)
        return prepared.error();
    const int current = prepared.value();
    workspace->d->schemaVersion = current;
    return workspace;
}

QString Workspace::path() const
{
    return d->path;
}

int Workspace::schemaVersion() const
{
    return d->schemaVersion;
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(d->connectionName, false);
}

Status Workspace::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = database();
    const int depth = d->transactionDepth;
    // The outermost transaction takes the write lock as it begins, so a write on another
    // connection makes it wait out busy_timeout there instead of failing halfway through. Inner
    // calls are savepoints: a failure inside undoes only the inner work.
    const QString savepoint = QStringLiteral("docket_%1").arg(depth);
    const QString begin =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint;
    if (Status begun = exec(db, begin, Text::tr("starting a transaction")); !begun)
        return begun;
    ++d->transactionDepth;
    const Status status = work();
    --d->transactionDepth;
    if (depth == 0)
        return status ? commitTransaction(db) : rollBackTransaction(db, status.error());
    if (!status)
        return rollBackToSavepoint(db, savepoint, status.error());
    return exec(db, QStringLiteral("RELEASE ") + savepoint, Text::tr("saving the changes"));
}

Status Workspace::logActivity(const QString &actor, const QString &entityType, const QString &entityId,
                              const QString &action, const QJsonValue &before, const QJsonValue &after)
{
    if (d->schemaVersion < 2)
        return {}; // the activity log arrived with schema 2
    const QString where = Text::tr("recording the change to %1").arg(entityId);
    if (!d->activityInsert) {
        d->activityInsert.emplace(database());
        if (Status prepared =
                prepare(*d->activityInsert,
                        QStringLiteral("INSERT INTO activity (at, actor, entity_type, entity_id, action, "
                                       "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        where);
            !prepared) {
            d->activityInsert.reset();
            return prepared;
        }
    }
    QSqlQuery &query = *d->activityInsert;
    query.bindValue(0, isoTimestamp(QDateTime::currentDateTimeUtc()));
    query.bindValue(1, actor);
    query.bindValue(2, entityType);
    query.bindValue(3, entityId);
    query.bindValue(4, action);
    query.bindValue(5, nullableText(valueToJson(before)));
    query.bindValue(6, nullableText(valueToJson(after)));
    return exec(query, where);
}

Status Workspace::addDocument(const Document &document, const QList<Block> &blocks, const QString &actor)
{
    const QString where = Text::tr("storing the document \"%1\"").arg(document.title);
    return transaction([&]() -> Status {
        QSqlDatabase db = database();
        QSqlQuery insertDocument(db);
        if (Status prepared =
                prepare(insertDocument,
                        QStringLiteral("INSERT INTO documents (id, title, source_path, format, "
                                       "source_text, sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        where);
            !prepared)
            return prepared;
        insertDocument.addBindValue(document.id);
        insertDocument.addBindValue(nonNull(document.title));
        insertDocument.addBindValue(nonNull(document.sourcePath));
        insertDocument.addBindValue(documentFormatName(document.format));
        insertDocument.addBindValue(nonNull(document.sourceText));
        insertDocument.addBindValue(nonNull(document.sha256));
        insertDocument.addBindValue(isoTimestamp(document.importedAt));
        if (Status inserted = exec(insertDocument, where); !inserted)
            return inserted;

        QSqlQuery insertBlock(db);
        if (Status prepared =
                prepare(insertBlock,
                        QStringLiteral("INSERT INTO blocks (id, document_id, ordinal, type, text, "
                                       "items_json, heading_level, heading_path_json, start_line, "
                                       "end_line, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        where);
            !prepared)
            return prepared;
        for (const Block &block : blocks) {
            bindBlock(insertBlock, block, document.id);
            if (Status inserted = exec(insertBlock, where); !inserted)
                return inserted;
        }
        return logActivity(actor, QStringLiteral("document"), document.id, QStringLiteral("imported"), {},
                           QJsonObject{{QStringLiteral("title"), document.title},
                                       {QStringLiteral("source_path"), document.sourcePath},
                                       {QStringLiteral("block_count"), int(blocks.size())}});
    });
}

Status Workspace::removeDocument(const QString &documentId, const QString &actor)
{
    auto existing = document(documentId);
    if (!existing)
        return existing.error();
    const QString where = Text::tr("removing the document %1").arg(documentId);
    return transaction([&]() -> Status {
        QSqlQuery query(database());
        if (Status prepared = prepare(query, QStringLiteral("DELETE FROM documents WHERE id = ?"), where);
            !prepared)
            return prepared;
        query.addBindValue(documentId);
        if (Status removed = exec(query, where); !removed)
            return removed;
        return logActivity(actor, QStringLiteral("document"), documentId, QStringLiteral("deleted"),
                           documentToJson(existing.value()), {});
    });
}

Result<QList<Document>> Workspace::documents(bool withSourceText) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString columns =
        documentColumns() + (withSourceText ? QStringLiteral(", source_text") : QString());
    if (!query.exec(QStringLiteral("SELECT %1 FROM documents ORDER BY imported_at, rowid").arg(columns)))
        return Error{query.lastError().text(), Text::tr("reading the documents")};
    QList<Document> list;
    while (query.next())
        list.append(documentFromQuery(query, withSourceText));
    return list;
}

Result<Document> Workspace::document(const QString &documentId) const
{
    const QString where = Text::tr("reading the document %1").arg(documentId);
    auto ran = store::run(
        database(),
        QStringLiteral("SELECT %1, source_text FROM documents WHERE id = ?").arg(documentColumns()),
        {documentId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    if (!query.next())
        return Error{Text::tr("There is no document with this id in the workspace."), documentId};
    return documentFromQuery(query, true);
}

Result<QList<Block>> Workspace::blocks(const QString &documentId) const
{
    const QString where = Text::tr("reading the blocks of %1").arg(documentId);
    auto ran = store::run(database(),
                          QStringLiteral("SELECT id, document_id, ordinal, type, text, items_json, "
                                         "heading_level, heading_path_json, start_line, end_line, language "
                                         "FROM blocks WHERE document_id = ? ORDER BY ordinal"),
                          {documentId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    QList<Block> list;
    while (query.next()) {
        Block block;
        block.id = query.value(0).toString();
        block.documentId = query.value(1).toString();
        block.ordinal = query.value(2).toInt();
        block.type = blockTypeFromName(query.value(3).toString()).value_or(BlockType::Paragraph);
        block.text = query.value(4).toString();
        block.items = listFromJson(query.value(5).toString());
        block.headingLevel = query.value(6).toInt();
        block.headingPath = listFromJson(query.value(7).toString());
        block.startLine = query.value(8).toInt();
        block.endLine = query.value(9).toInt();
        block.language = query.value(10).toString();
        list.append(block);
    }
    return list;
}

Result<int> Workspace::blockCount(const QString &documentId) const
{
    const QString where = Text::tr("counting the blocks of %1").arg(documentId);
    auto ran = store::run(database(), QStringLiteral("SELECT count(*) FROM blocks WHERE document_id = ?"),
                          {documentId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    query.next();
    return query.value(0).toInt();
}

Status Workspace::saveTicket(const Ticket &ticket, const QString &actor)
{
    return saveTickets({ticket}, actor);
}

Status Workspace::saveTickets(const QList<Ticket> &tickets, const QString &actor)
{
    if (tickets.isEmpty())
        return {};
    const QString where = Text::tr("saving %n ticket(s)", nullptr, int(tickets.size()));
    return transaction([&]() -> Status {
        // What is there now, to tell creates from updates and to log the before values.
        auto stored = storedVersions(database(), tickets, where);
        if (!stored)
            return stored.error();
        QHash<QString, Ticket> &existing = stored.value();
        // A ticket given again later in the batch updates the version saved before it.
        const QSet<QString> repeated = repeatedIds(tickets);

        QSqlQuery upsert(database());
        if (Status prepared = prepare(
                upsert,
                QStringLiteral(
                    "INSERT INTO tickets (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET document_id = "
                    "excluded."
                    "document_id, block_id = excluded.block_id, title = excluded.title, body = "
                    "excluded.body, ticket_type = excluded.ticket_type, priority = excluded.priority, "
                    "labels_json = excluded.labels_json, acceptance_criteria_json = excluded."
                    "acceptance_criteria_json, estimated_effort = excluded.estimated_effort, "
                    "story_points = excluded.story_points, dependencies_json = excluded."
                    "dependencies_json, parent_id = excluded.parent_id, component = excluded."
                    "component, milestone = excluded.milestone, confidence = excluded.confidence, "
                    "status = excluded.status, platform = excluded.platform, external_id = "
                    "excluded.external_id, external_url = excluded.external_url, created_at = "
                    "excluded.created_at, updated_at = excluded.updated_at, problems_json = "
                    "excluded.problems_json, "
                    "source_hash = excluded.source_hash, changed_locally = excluded.changed_locally, "
                    "push_key = "
                    "excluded.push_key, last_push_error = excluded.last_push_error")
                    .arg(kTicketColumns),
                where);
            !prepared)
            return prepared;

        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Ticket ticket : tickets) {
            const auto before = existing.constFind(ticket.id);
            const bool created = before == existing.constEnd();
            if (!created && sameExceptTimestamps(before.value(), ticket))
                continue;
            if (!ticket.createdAt.isValid())
                ticket.createdAt = created ? now : before.value().createdAt;
            if (!ticket.updatedAt.isValid() || (!created && ticket.updatedAt <= before.value().updatedAt))
                ticket.updatedAt = now;
            bindTicket(upsert, ticket);
            if (Status saved = exec(upsert, Text::tr("saving the ticket \"%1\"").arg(ticket.title)); !saved)
                return saved;
            if (Status logged = logActivity(actor, QStringLiteral("ticket"), ticket.id,
                                            created ? QStringLiteral("created") : QStringLiteral("updated"),
                                            created ? QJsonValue() : QJsonValue(ticketToJson(before.value())),
                                            ticketToJson(ticket));
                !logged)
                return logged;
            if (repeated.contains(ticket.id))
                existing.insert(ticket.id, ticket);
        }
        return {};
    });
}

Status Workspace::removeTicket(const QString &ticketId, const QString &actor)
{
    auto existing = ticket(ticketId);
    if (!existing)
        return existing.error();
    const QString where = Text::tr("deleting the ticket \"%1\"").arg(existing.value().title);
    return transaction([&]() -> Status {
        QSqlQuery query(database());
        if (Status prepared = prepare(query, QStringLiteral("DELETE FROM tickets WHERE id = ?"), where);
            !prepared)
            return prepared;
        query.addBindValue(ticketId);
        if (Status removed = exec(query, where); !removed)
            return removed;
        return logActivity(actor, QStringLiteral("ticket"), ticketId, QStringLiteral("deleted"),
                           ticketToJson(existing.value()), {});
    });
}

Result<QList<Ticket>> Workspace::tickets(const TicketQuery &query) const
{
    QStringList conditions;
    if (!query.documentId.isEmpty())
        conditions.append(QStringLiteral("document_id = :document"));
    if (query.status)
        conditions.append(QStringLiteral("status = :status"));
    const QString filter = conditions.isEmpty()
                               ? QString()
                               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));

    QSqlQuery sql(database());
    sql.setForwardOnly(true);
    const QString where = Text::tr("reading the tickets");
    if (Status prepared = prepare(
            sql,
            QStringLiteral("SELECT %1 FROM tickets%2 ORDER BY created_at, rowid").arg(kTicketColumns, filter),
            where);
        !prepared)
        return prepared.error();
    if (!query.documentId.isEmpty())
        sql.bindValue(QStringLiteral(":document"), query.documentId);
    if (query.status)
        sql.bindValue(QStringLiteral(":status"), ticketStatusName(*query.status));
    if (Status ran = exec(sql, where); !ran)
        return ran.error();
    QList<Ticket> list;
    while (sql.next())
        list.append(ticketFromQuery(sql));
    return list;
}

Result<std::optional<Ticket>> Workspace::findTicket(const QString &ticketId) const
{
    const QString where = Text::tr("reading the ticket %1").arg(ticketId);
    auto ran =
        store::run(database(), QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(kTicketColumns),
                   {ticketId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    if (!query.next())
        return std::optional<Ticket>();
    return std::optional<Ticket>(ticketFromQuery(query));
}

Result<Ticket> Workspace::ticket(const QString &ticketId) const
{
    auto found = findTicket(ticketId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Text::tr("There is no ticket with this id in the workspace."), ticketId};
    return *found.value();
}

Status Workspace::recordGeneration(const QString &documentId, const DraftSet &set, const QString &actor)
{
    const QString where = Text::tr("recording the generation for %1").arg(documentId);
    return transaction([&]() -> Status {
        QSqlQuery run(database());
        if (Status prepared =
                prepare(run,
                        QStringLiteral("INSERT INTO generation_runs (document_id, generator, model, "
                                       "finished_at, duration_ms, prompt_tokens, completion_tokens, "
                                       "finish_reason, ticket_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        where);
            !prepared)
            return prepared;
        const GenerationInfo &info = set.generation;
        run.addBindValue(documentId);
        run.addBindValue(nonNull(info.generator));
        run.addBindValue(nonNull(info.model));
        run.addBindValue(isoTimestamp(QDateTime::currentDateTimeUtc()));
        run.addBindValue(info.durationMs);
        run.addBindValue(info.promptTokens ? QVariant(*info.promptTokens)
                                           : QVariant(QMetaType(QMetaType::Int)));
        run.addBindValue(info.completionTokens ? QVariant(*info.completionTokens)
                                               : QVariant(QMetaType(QMetaType::Int)));
        run.addBindValue(nonNull(info.finishReason));
        run.addBindValue(int(set.tickets.size()));
        if (Status ran = exec(run, where); !ran)
            return ran;

        QSqlQuery note(database());
        if (Status prepared =
                prepare(note,
                        QStringLiteral("INSERT INTO notes (id, document_id, kind, text, block_id, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                        where);
            !prepared)
            return prepared;
        const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
        for (const auto &[kind, notes] : {std::pair{QStringLiteral("risk"), &set.risks},
                                          std::pair{QStringLiteral("open_question"), &set.openQuestions}}) {
            for (const DraftNote &found : *notes) {
                note.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
                note.bindValue(1, documentId);
                note.bindValue(2, kind);
                note.bindValue(3, nonNull(found.text.trimmed()));
                note.bindValue(4, nullableText(found.blockId));
                note.bindValue(5, now);
                if (Status inserted = exec(note, where); !inserted)
                    return inserted;
            }
        }
        return logActivity(actor, QStringLiteral("document"), documentId, QStringLiteral("generated"), {},
                           QJsonObject{{QStringLiteral("generator"), info.generator},
                                       {QStringLiteral("model"), info.model},
                                       {QStringLiteral("tickets"), int(set.tickets.size())},
                                       {QStringLiteral("risks"), int(set.risks.size())},
                                       {QStringLiteral("open_questions"), int(set.openQuestions.size())}});
    });
}

Result<QList<Note>> Workspace::notes(const QString &documentId) const
{
    const QString where = Text::tr("reading the risks and open questions of %1").arg(documentId);
    auto ran =
        store::run(database(),
                   QStringLiteral("SELECT id, document_id, kind, text, block_id, created_at FROM notes "
                                  "WHERE document_id = ? ORDER BY kind DESC, created_at, rowid"),
                   {documentId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    QList<Note> list;
    while (query.next()) {
        Note note;
        note.id = query.value(0).toString();
        note.documentId = query.value(1).toString();
        note.kind =
            query.value(2).toString() == QLatin1String("risk") ? NoteKind::Risk : NoteKind::OpenQuestion;
        note.text = query.value(3).toString();
        note.blockId = query.value(4).toString();
        note.createdAt = parseIsoTimestamp(query.value(5).toString());
        list.append(note);
    }
    return list;
}

Result<int> Workspace::generationCount(const QString &documentId) const
{
    const QString where = Text::tr("counting the generations of %1").arg(documentId);
    auto ran =
        store::run(database(), QStringLiteral("SELECT count(*) FROM generation_runs WHERE document_id = ?"),
                   {documentId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    query.next();
    return query.value(0).toInt();
}

Status Workspace::updateDocument(const Document &document, const BlockMatch &match, const QString &actor)
{
    const QString where = Text::tr("updating the document \"%1\"").arg(document.title);
    return transaction([&]() -> Status {
        QSqlDatabase db = database();
        QSqlQuery update(db);
        if (Status prepared =
                prepare(update,
                        QStringLiteral("UPDATE documents SET title = ?, format = ?, source_text = ?, "
                                       "sha256 = ?, imported_at = ? WHERE id = ?"),
                        where);
            !prepared)
            return prepared;
        update.addBindValue(nonNull(document.title));
        update.addBindValue(documentFormatName(document.format));
        update.addBindValue(nonNull(document.sourceText));
        update.addBindValue(nonNull(document.sha256));
        update.addBindValue(isoTimestamp(document.importedAt));
        update.addBindValue(document.id);
        if (Status ran = exec(update, where); !ran)
            return ran;
        if (update.numRowsAffected() != 1)
            return Error{Text::tr("There is no document with this id in the workspace."), document.id};

        // Tickets whose block disappears keep existing, told why their source is gone.
        auto tickets = this->tickets(TicketQuery{document.id, std::nullopt});
        if (!tickets)
            return tickets.error();
        QList<Ticket> orphaned;
        for (Ticket ticket : tickets.value()) {
            if (!ticket.blockId.isEmpty() && match.removed.contains(ticket.blockId)) {
                ticket.blockId.clear();
                ticket.problems.append(Text::tr("The part of the spec this ticket came from was removed."));
                orphaned.append(ticket);
            }
        }
        if (Status saved = saveTickets(orphaned, actor); !saved)
            return saved;

        // Free the ordinals first: blocks swap places.
        QSqlQuery shift(db);
        if (Status prepared = prepare(
                shift, QStringLiteral("UPDATE blocks SET ordinal = -1 - ordinal WHERE document_id = ?"),
                where);
            !prepared)
            return prepared;
        shift.addBindValue(document.id);
        if (Status ran = exec(shift, where); !ran)
            return ran;

        QSqlQuery remove(db);
        if (Status prepared = prepare(remove, QStringLiteral("DELETE FROM blocks WHERE id = ?"), where);
            !prepared)
            return prepared;
        for (const QString &id : match.removed) {
            remove.bindValue(0, id);
            if (Status ran = exec(remove, where); !ran)
                return ran;
        }

        QSqlQuery upsert(db);
        if (Status prepared = prepare(
                upsert,
                QStringLiteral(
                    "INSERT INTO blocks (id, document_id, ordinal, type, text, items_json, heading_level, "
                    "heading_path_json, start_line, end_line, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?) ON CONFLICT(id) DO UPDATE SET ordinal = excluded.ordinal, type = "
                    "excluded.type, text = excluded.text, items_json = excluded.items_json, "
                    "heading_level = excluded.heading_level, heading_path_json = "
                    "excluded.heading_path_json, start_line = excluded.start_line, end_line = "
                    "excluded.end_line, language = excluded.language"),
                where);
            !prepared)
            return prepared;
        for (const Block &block : match.blocks) {
            bindBlock(upsert, block, document.id);
            if (Status ran = exec(upsert, where); !ran)
                return ran;
        }
        return logActivity(actor, QStringLiteral("document"), document.id, QStringLiteral("reimported"), {},
                           QJsonObject{{QStringLiteral("unchanged"), int(match.unchanged.size())},
                                       {QStringLiteral("changed"), int(match.changed.size())},
                                       {QStringLiteral("added"), int(match.added.size())},
                                       {QStringLiteral("removed"), int(match.removed.size())}});
    });
}

Status Workspace::saveProposal(const TicketProposal &proposal)
{
    QSqlQuery query(database());
    const QString where = Text::tr("saving the proposed update of %1").arg(proposal.ticketId);
    if (Status prepared =
            prepare(query,
                    QStringLiteral("INSERT INTO ticket_proposals (ticket_id, proposed_json, source_hash, "
                                   "created_at) VALUES (?, ?, ?, ?) ON CONFLICT(ticket_id) DO UPDATE "
                                   "SET proposed_json = excluded.proposed_json, source_hash = "
                                   "excluded.source_hash, created_at = excluded.created_at"),
                    where);
        !prepared)
        return prepared;
    query.addBindValue(proposal.ticketId);
    query.addBindValue(valueToJson(ticketToJson(proposal.proposed)));
    query.addBindValue(nonNull(proposal.sourceHash));
    query.addBindValue(
        isoTimestamp(proposal.createdAt.isValid() ? proposal.createdAt : QDateTime::currentDateTimeUtc()));
    return exec(query, where);
}

Result<QList<TicketProposal>> Workspace::proposals(const QString &documentId) const
{
    const QString where = Text::tr("reading the proposed updates");
    auto ran = store::run(database(),
                          QStringLiteral("SELECT p.ticket_id, p.proposed_json, p.source_hash, p.created_at "
                                         "FROM ticket_proposals p JOIN tickets t ON t.id = p.ticket_id "
                                         "WHERE t.document_id = ? ORDER BY t.created_at, t.rowid"),
                          {documentId}, where);
    if (!ran)
        return ran.error();
    QSqlQuery &query = ran.value();
    QList<TicketProposal> list;
    while (query.next()) {
        auto proposed = ticketFromJson(valueFromJson(query.value(1).toString()).toObject());
        if (!proposed)
            return Error{proposed.error().toString(), where};
        list.append({query.value(0).toString(), proposed.value(), query.value(2).toString(),
                     parseIsoTimestamp(query.value(3).toString())});
    }
    return list;
}

Status Workspace::acceptProposal(const QString &ticketId, const QString &actor)
{
    return resolveProposal(ticketId, actor, true);
}

Status Workspace::rejectProposal(const QString &ticketId, const QString &actor)
{
    return resolveProposal(ticketId, actor, false);
}

Status Workspace::resolveProposal(const QString &ticketId, const QString &actor, bool accept)
{
    auto current = ticket(ticketId);
    if (!current)
        return current.error();
    auto all = proposals(current.value().documentId);
    if (!all)
        return all.error();
    const auto proposal = std::find_if(all.value().cbegin(), all.value().cend(),
                                       [&](const TicketProposal &each) { return each.ticketId == ticketId; });
    if (proposal == all.value().cend())
        return Error{Text::tr("This ticket has no proposed update."), ticketId};

    Ticket result = current.value();
    if (accept) {
        // The generated content moves over; what belongs to the ticket's life (id, status,
        // tracker link, dependencies the PM set) stays.
        const Ticket &proposed = proposal->proposed;
        result.title = proposed.title;
        result.body = proposed.body;
        result.ticketType = proposed.ticketType;
        result.priority = proposed.priority;
        result.labels = proposed.labels;
        result.acceptanceCriteria = proposed.acceptanceCriteria;
        result.estimatedEffort = proposed.estimatedEffort;
        result.storyPoints = proposed.storyPoints;
        result.component = proposed.component;
        result.milestone = proposed.milestone;
        result.confidence = proposed.confidence;
        result.problems = proposed.problems;
    }
    result.sourceHash = proposal->sourceHash;
    const QString where = Text::tr("resolving the proposed update of \"%1\"").arg(result.title);
    return transaction([&]() -> Status {
        if (Status saved = saveTicket(result, actor); !saved)
            return saved;
        QSqlQuery remove(database());
        if (Status prepared =
                prepare(remove, QStringLiteral("DELETE FROM ticket_proposals WHERE ticket_id = ?"), where);
            !prepared)
            return prepared;
        remove.addBindValue(ticketId);
        if (Status ran = exec(remove, where); !ran)
            return ran;
        return logActivity(actor, QStringLiteral("ticket"), ticketId,
                           accept ? QStringLiteral("update_accepted") : QStringLiteral("update_rejected"), {},
                           {});
    });
}

Result<QList<ActivityEntry>> Workspace::activity(const QString &entityId, int limit) const
{
    if (d->schemaVersion < 2)
        return QList<ActivityEntry>();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString where = Text::tr("reading the activity log");
    const QString filter = entityId.isEmpty() ? QString() : QStringLiteral(" WHERE entity_id = :entity");
    const QString limitClause = limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    if (Status prepared =
            prepare(query,
                    QStringLiteral("SELECT id, at, actor, entity_type, entity_id, action, before_json, "
                                   "after_json FROM activity%1 ORDER BY id%2")
                        .arg(filter, limitClause),
                    where);
        !prepared)
        return prepared.error();
    if (!entityId.isEmpty())
        query.bindValue(QStringLiteral(":entity"), entityId);
    if (Status ran = exec(query, where); !ran)
        return ran.error();
    QList<ActivityEntry> list;
    while (query.next()) {
        ActivityEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = parseIsoTimestamp(query.value(1).toString());
        entry.actor = query.value(2).toString();
        entry.entityType = query.value(3).toString();
        entry.entityId = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.before = valueFromJson(query.value(6).toString());
        entry.after = valueFromJson(query.value(7).toString());
        list.append(entry);
    }
    return list;
}

} // namespace docket
