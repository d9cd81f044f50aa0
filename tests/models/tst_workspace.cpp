#include "domain/json.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace docket;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

Document makeDocument()
{
    Document document;
    document.id = newId();
    document.title = QStringLiteral("Saved searches");
    document.sourcePath = QStringLiteral("specs/saved-searches.md");
    document.format = DocumentFormat::Markdown;
    document.sourceText = QStringLiteral("# Saved searches\n\nAs an analyst, I want ...\n");
    document.sha256 = QStringLiteral("ab12");
    document.importedAt =
        QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00.123Z"), Qt::ISODateWithMs);
    return document;
}

QList<Block> makeBlocks(const QString &documentId)
{
    Block heading;
    heading.id = newId();
    heading.documentId = documentId;
    heading.ordinal = 0;
    heading.type = BlockType::Heading;
    heading.text = QStringLiteral("Saved searches");
    heading.headingLevel = 1;
    heading.startLine = heading.endLine = 1;

    Block criteria;
    criteria.id = newId();
    criteria.documentId = documentId;
    criteria.ordinal = 1;
    criteria.type = BlockType::AcceptanceCriteria;
    criteria.text = QStringLiteral("Saved\nListed");
    criteria.items = {QStringLiteral("Saved"), QStringLiteral("Listed")};
    criteria.headingPath = {QStringLiteral("Saved searches"), QStringLiteral("Acceptance criteria")};
    criteria.startLine = 5;
    criteria.endLine = 6;

    Block code;
    code.id = newId();
    code.documentId = documentId;
    code.ordinal = 2;
    code.type = BlockType::Code;
    code.text = QStringLiteral("SELECT 1;");
    code.language = QStringLiteral("sql");
    code.startLine = 8;
    code.endLine = 10;
    return {heading, criteria, code};
}

Ticket makeTicket(const QString &documentId, const QString &blockId)
{
    Ticket ticket;
    ticket.id = newId();
    ticket.documentId = documentId;
    ticket.blockId = blockId;
    ticket.title = QStringLiteral("Save the current search");
    ticket.body =
        QStringLiteral("## Context\nAnalysts rebuild filters.\n\n## Acceptance Criteria\n- [ ] Saved");
    ticket.ticketType = TicketType::Story;
    ticket.priority = Priority::P1;
    ticket.labels = {QStringLiteral("search"), QStringLiteral("ux")};
    ticket.acceptanceCriteria = {QStringLiteral("Saved"), QStringLiteral("Listed")};
    ticket.estimatedEffort = QStringLiteral("medium");
    ticket.storyPoints = 5;
    ticket.component = QStringLiteral("search");
    ticket.milestone = QStringLiteral("4.2");
    ticket.confidence = 0.85;
    ticket.createdAt = QDateTime::fromString(QStringLiteral("2026-11-20T10:01:00.000Z"), Qt::ISODateWithMs);
    ticket.updatedAt = ticket.createdAt;
    return ticket;
}

// Runs statements on a connection of "another program", closed again before returning.
void runAsAnotherProgram(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("another-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

// Whether another connection could take the write lock right now, without waiting for it.
bool writeLockIsFree(const QString &path)
{
    const QString name = QStringLiteral("lock-probe");
    bool free = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (probe.open()) {
            QSqlQuery query(probe);
            free = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (free)
                query.exec(QStringLiteral("ROLLBACK"));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return free;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ws-%1.docket").arg(++m_counter));
    }

    void newWorkspaceIsAtTheLatestSchema()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        QCOMPARE(workspace.value()->schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY(QFile::exists(m_path));
    }

    void mustExistRefusesAMissingFile()
    {
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::MustExist);
        QVERIFY(!workspace);
        QVERIFY(workspace.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(m_path));
    }

    void documentsAndBlocksRoundTrip()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        const QList<Block> blocks = makeBlocks(document.id);
        QVERIFY(workspace.value()->addDocument(document, blocks, QStringLiteral("test")));

        auto reopened = Workspace::open(m_path, Workspace::OpenMode::MustExist);
        QVERIFY(reopened);
        auto stored = reopened.value()->document(document.id);
        QVERIFY(stored);
        QCOMPARE(stored.value().title, document.title);
        QCOMPARE(stored.value().sourcePath, document.sourcePath);
        QCOMPARE(stored.value().sourceText, document.sourceText);
        QCOMPARE(stored.value().sha256, document.sha256);
        QCOMPARE(stored.value().importedAt, document.importedAt);
        QCOMPARE(reopened.value()->blocks(document.id).value(), blocks);
        QCOMPARE(reopened.value()->blockCount(document.id).value(), 3);
        QCOMPARE(reopened.value()->documents().value().size(), 1);
        QVERIFY(
            reopened.value()->documents().value().first().sourceText.isEmpty()); // not loaded unless asked
    }

    void everyTicketFieldRoundTrips()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        const QList<Block> blocks = makeBlocks(document.id);
        QVERIFY(workspace.value()->addDocument(document, blocks, QStringLiteral("test")));

        Ticket full = makeTicket(document.id, blocks.at(1).id);
        Ticket other = makeTicket(document.id, {});
        other.title = QStringLiteral("Bare ticket");
        other.priority.reset();
        other.storyPoints.reset();
        other.confidence.reset();
        other.labels.clear();
        other.acceptanceCriteria.clear();
        other.ticketType = TicketType::Epic;
        full.dependencies = {other.id};
        full.parentId = other.id;
        full.status = TicketStatus::Pushed;
        full.platform = Platform::Jira;
        full.externalId = QStringLiteral("ONB-12");
        full.externalUrl = QStringLiteral("https://example.atlassian.net/browse/ONB-12");
        QVERIFY(workspace.value()->saveTickets({full, other}, QStringLiteral("test")));

        QCOMPARE(workspace.value()->ticket(full.id).value(), full);
        QCOMPARE(workspace.value()->ticket(other.id).value(), other);
        QVERIFY(!workspace.value()->ticket(other.id).value().priority);
        QVERIFY(!workspace.value()->ticket(other.id).value().storyPoints);
    }

    void filtersByDocumentAndStatus()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document first = makeDocument();
        Document second = makeDocument();
        second.id = newId();
        QVERIFY(workspace.value()->addDocument(first, {}, QStringLiteral("test")));
        QVERIFY(workspace.value()->addDocument(second, {}, QStringLiteral("test")));
        Ticket a = makeTicket(first.id, {});
        Ticket b = makeTicket(first.id, {});
        b.status = TicketStatus::Reviewed;
        Ticket c = makeTicket(second.id, {});
        QVERIFY(workspace.value()->saveTickets({a, b, c}, QStringLiteral("test")));

        QCOMPARE(workspace.value()->tickets().value().size(), 3);
        QCOMPARE(workspace.value()->tickets({first.id, std::nullopt}).value().size(), 2);
        const auto reviewed = workspace.value()->tickets({first.id, TicketStatus::Reviewed}).value();
        QCOMPARE(reviewed.size(), 1);
        QCOMPARE(reviewed.first().id, b.id);
        QCOMPARE(workspace.value()->tickets({{}, TicketStatus::Pushed}).value().size(), 0);
    }

    void activityLogRecordsEveryChangeWithBeforeAndAfter()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, makeBlocks(document.id), QStringLiteral("import")));
        Ticket ticket = makeTicket(document.id, {});
        QVERIFY(workspace.value()->saveTicket(ticket, QStringLiteral("generator:rules")));
        QVERIFY(workspace.value()->saveTicket(ticket, QStringLiteral("gui"))); // no change: no entry
        Ticket edited = ticket;
        edited.title = QStringLiteral("Save and name the current search");
        QVERIFY(workspace.value()->saveTicket(edited, QStringLiteral("gui")));
        QVERIFY(workspace.value()->removeTicket(ticket.id, QStringLiteral("cli")));

        const auto documentLog = workspace.value()->activity(document.id).value();
        QCOMPARE(documentLog.size(), 1);
        QCOMPARE(documentLog.first().action, QStringLiteral("imported"));
        QCOMPARE(documentLog.first().after.toObject().value(QStringLiteral("block_count")).toInt(), 3);

        const auto log = workspace.value()->activity(ticket.id).value();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, QStringLiteral("created"));
        QCOMPARE(log.at(0).actor, QStringLiteral("generator:rules"));
        QVERIFY(log.at(0).before.isNull());
        QCOMPARE(log.at(1).action, QStringLiteral("updated"));
        QCOMPARE(log.at(1).actor, QStringLiteral("gui"));
        QCOMPARE(log.at(1).before.toObject().value(QStringLiteral("title")).toString(), ticket.title);
        QCOMPARE(log.at(1).after.toObject().value(QStringLiteral("title")).toString(), edited.title);
        QCOMPARE(log.at(2).action, QStringLiteral("deleted"));
        QCOMPARE(log.at(2).before.toObject().value(QStringLiteral("title")).toString(), edited.title);
        QVERIFY(log.at(2).after.isNull());
        QVERIFY(log.at(1).at.isValid());
    }

    void updatingBumpsUpdatedAtButKeepsCreatedAt()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, {}, QStringLiteral("test")));
        Ticket ticket = makeTicket(document.id, {});
        QVERIFY(workspace.value()->saveTicket(ticket, QStringLiteral("test")));
        ticket.priority = Priority::P0;
        QVERIFY(workspace.value()->saveTicket(ticket, QStringLiteral("test")));
        const Ticket stored = workspace.value()->ticket(ticket.id).value();
        QCOMPARE(stored.createdAt, ticket.createdAt);
        QVERIFY(stored.updatedAt > ticket.updatedAt);
    }

    void removingADocumentRemovesItsBlocksAndTickets()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        const QList<Block> blocks = makeBlocks(document.id);
        QVERIFY(workspace.value()->addDocument(document, blocks, QStringLiteral("test")));
        QVERIFY(workspace.value()->saveTicket(makeTicket(document.id, blocks.first().id),
                                              QStringLiteral("test")));
        QVERIFY(workspace.value()->removeDocument(document.id, QStringLiteral("test")));
        QCOMPARE(workspace.value()->blockCount(document.id).value(), 0);
        QCOMPARE(workspace.value()->tickets().value().size(), 0);
        QVERIFY(!workspace.value()->document(document.id));
    }

    void aFailedBatchLeavesNothingHalfWritten()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, {}, QStringLiteral("test")));
        const Ticket good = makeTicket(document.id, {});
        Ticket orphan = makeTicket(newId(), {}); // its document does not exist: the foreign key refuses it
        const Status saved = workspace.value()->saveTickets({good, orphan}, QStringLiteral("test"));
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QStringLiteral("FOREIGN KEY")));
        QCOMPARE(workspace.value()->tickets().value().size(), 0);
        QCOMPARE(workspace.value()->activity(good.id).value().size(), 0);

        // A document whose second block collides is not stored at all.
        Document broken = makeDocument();
        broken.id = newId();
        QList<Block> blocks = makeBlocks(broken.id);
        blocks[1].ordinal = 0;
        QVERIFY(!workspace.value()->addDocument(broken, blocks, QStringLiteral("test")));
        QVERIFY(!workspace.value()->document(broken.id));
        QCOMPARE(workspace.value()->blockCount(broken.id).value(), 0);
    }

    void aTextFileIsNotAWorkspaceAndIsLeftAlone()
    {
        const QByteArray notes = "Meeting notes\n- ship it\n";
        writeFile(m_path, notes);
        auto workspace = Workspace::open(m_path);
        QVERIFY(!workspace);
        QVERIFY2(workspace.error().message.contains(QStringLiteral("not a Docket workspace")),
                 qPrintable(workspace.error().toString()));
        QCOMPARE(workspace.error().where, m_path);
        QCOMPARE(fileBytes(m_path), notes);
    }

    void randomBytesAreNotAWorkspace()
    {
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 7) % 251 + 1);
        writeFile(m_path, noise);
        QVERIFY(!Workspace::open(m_path));
        QCOMPARE(fileBytes(m_path), noise);
    }

    void anotherApplicationsDatabaseIsNotAWorkspace()
    {
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileBytes(m_path);
        auto workspace = Workspace::open(m_path);
        QVERIFY(!workspace);
        QVERIFY(workspace.error().message.contains(QStringLiteral("not a Docket workspace")));
        QCOMPARE(fileBytes(m_path), before);
    }

    void aNewerSchemaIsRefusedWithItsVersion()
    {
        {
            auto workspace = Workspace::open(m_path);
            QVERIFY(workspace);
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Workspace::latestSchemaVersion() + 5)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = fileBytes(m_path);
        auto workspace = Workspace::open(m_path);
        QVERIFY(!workspace);
        QVERIFY2(workspace.error().message.contains(QStringLiteral("newer version of Docket")),
                 qPrintable(workspace.error().message));
        QVERIFY(workspace.error().message.contains(QString::number(Workspace::latestSchemaVersion() + 5)));
        QCOMPARE(fileBytes(m_path), before);
    }

    void aDamagedFileFailsTheIntegrityCheckAndIsLeftAlone()
    {
        {
            auto workspace = Workspace::open(m_path);
            QVERIFY(workspace);
            const Document document = makeDocument();
            QList<Block> blocks;
            for (int i = 0; i < 400; ++i) {
                Block block = makeBlocks(document.id).at(1);
                block.id = newId();
                block.ordinal = i;
                block.text = QString(200, QLatin1Char('a' + i % 26));
                blocks.append(block);
            }
            QVERIFY(workspace.value()->addDocument(document, blocks, QStringLiteral("test")));
        }
        {
            // Fold the WAL back into the file so the damage below hits real data pages.
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("checkpoint"));
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("checkpoint"));

        // Scramble the page header of an index page: the file still opens as SQLite, but its
        // b-tree no longer adds up.
        QByteArray bytes = fileBytes(m_path);
        QVERIFY(bytes.size() > 8 * 4096);
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        for (int page = 2; page * pageSize < bytes.size(); ++page) {
            const qsizetype offset = qsizetype(page - 1) * pageSize;
            if (bytes.at(offset) == 0x0A || bytes.at(offset) == 0x0D) { // a leaf page
                for (int i = 8; i < 64; ++i)
                    bytes[offset + i] = char(0xFF);
                break;
            }
        }
        writeFile(m_path, bytes);

        auto workspace = Workspace::open(m_path);
        QVERIFY(!workspace);
        QVERIFY2(workspace.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(workspace.error().message));
        QCOMPARE(fileBytes(m_path), bytes);
    }

    void aWorkerConnectionAndTheUiConnectionShareTheFile()
    {
        auto ui = Workspace::open(m_path);
        QVERIFY(ui);
        const Document document = makeDocument();
        QVERIFY(ui.value()->addDocument(document, {}, QStringLiteral("test")));

        bool workerSaved = false;
        std::thread worker([&] {
            auto own = Workspace::open(m_path, Workspace::OpenMode::MustExist);
            if (!own)
                return;
            QList<Ticket> tickets;
            for (int i = 0; i < 200; ++i)
                tickets.append(makeTicket(document.id, {}));
            workerSaved = bool(own.value()->saveTickets(tickets, QStringLiteral("worker")));
        });
        for (int i = 0; i < 20; ++i)
            QVERIFY(ui.value()->tickets());
        worker.join();
        QVERIFY(workerSaved);
        QCOMPARE(ui.value()->tickets().value().size(), 200);
    }

    void aWriteTransactionHoldsTheWriteLockFromItsStart()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        QVERIFY(writeLockIsFree(m_path));
        bool freeInside = true;
        QVERIFY(workspace.value()->transaction([&]() -> Status {
            // Only a read so far: the lock must be held anyway, or a write later in the
            // transaction could find another connection holding it.
            if (auto read = workspace.value()->tickets(); !read)
                return read.error();
            freeInside = writeLockIsFree(m_path);
            return {};
        }));
        QVERIFY(!freeInside);
        QVERIFY(writeLockIsFree(m_path));
    }

    // The worker's save starts while the window's transaction holds the write lock: it waits,
    // and goes through once the window commits.
    void aWriteOnAnotherConnectionWaitsForTheOpenTransaction()
    {
        auto window = Workspace::open(m_path);
        QVERIFY(window);
        const Document document = makeDocument();
        QVERIFY(window.value()->addDocument(document, {}, QStringLiteral("test")));
        const Ticket fromWindow = makeTicket(document.id, {});
        const Ticket fromWorker = makeTicket(document.id, {});

        QSemaphore workerStarting;
        std::atomic_bool workerDone = false;
        QString workerError;
        std::thread worker;
        const Status windowSaved = window.value()->transaction([&]() -> Status {
            if (Status saved = window.value()->saveTicket(fromWindow, QStringLiteral("gui")); !saved)
                return saved;
            worker = std::thread([&] {
                auto own = Workspace::open(m_path, Workspace::OpenMode::MustExist);
                if (!own) {
                    workerError = own.error().toString();
                } else {
                    workerStarting.release();
                    const Status saved = own.value()->saveTicket(fromWorker, QStringLiteral("worker"));
                    workerError = saved ? QString() : saved.error().toString();
                }
                workerDone = true;
                workerStarting.release(); // in case it never got as far as starting
            });
            workerStarting.acquire();
            // Hold the lock while the worker's save is under way; a save that does not wait
            // for it fails at once and ends the wait early.
            QDeadlineTimer hold(300);
            while (!workerDone && !hold.hasExpired())
                QThread::msleep(5);
            return {};
        });
        worker.join();
        QVERIFY2(windowSaved, qPrintable(windowSaved ? QString() : windowSaved.error().toString()));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY(window.value()->ticket(fromWindow.id));
        QVERIFY(window.value()->ticket(fromWorker.id));
    }

    void aFailedInnerTransactionUndoesOnlyItsOwnWork()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, {}, QStringLiteral("test")));
        const Ticket kept = makeTicket(document.id, {});
        const Ticket undone = makeTicket(document.id, {});

        Status inner;
        const Status outer = workspace.value()->transaction([&]() -> Status {
            if (Status saved = workspace.value()->saveTicket(kept, QStringLiteral("test")); !saved)
                return saved;
            inner = workspace.value()->transaction([&]() -> Status {
                if (Status saved = workspace.value()->saveTicket(undone, QStringLiteral("test")); !saved)
                    return saved;
                return Error{QStringLiteral("the inner step gives up"), QStringLiteral("test")};
            });
            return {}; // the outer work carries on without the inner part
        });
        QVERIFY(outer);
        QVERIFY(!inner);
        QCOMPARE(inner.error().message, QStringLiteral("the inner step gives up"));
        QVERIFY(workspace.value()->ticket(kept.id));
        QCOMPARE(workspace.value()->activity(kept.id).value().size(), 1);
        QVERIFY(!workspace.value()->ticket(undone.id));
        QCOMPARE(workspace.value()->activity(undone.id).value().size(), 0);
    }

    void aFailedOuterTransactionUndoesTheInnerWorkToo()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, {}, QStringLiteral("test")));
        const Ticket ticket = makeTicket(document.id, {});

        const Status outer = workspace.value()->transaction([&]() -> Status {
            if (Status saved = workspace.value()->saveTicket(ticket, QStringLiteral("test")); !saved)
                return saved;
            return Error{QStringLiteral("the outer step gives up"), QStringLiteral("test")};
        });
        QVERIFY(!outer);
        QCOMPARE(outer.error().message, QStringLiteral("the outer step gives up"));
        QVERIFY(!workspace.value()->ticket(ticket.id));
        QCOMPARE(workspace.value()->activity(ticket.id).value().size(), 0);
        QVERIFY(workspace.value()->saveTicket(ticket, QStringLiteral("test"))); // the connection is usable
    }

    void anotherProgramsWalDatabaseIsRefusedWithoutLeavingFilesBehind()
    {
        runAsAnotherProgram(m_path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                                     QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                                     QStringLiteral("INSERT INTO contacts VALUES ('Ada')")});
        const QStringList namesBefore = fileNames(m_dir.path());
        const QByteArray bytesBefore = fileBytes(m_path);
        QVERIFY(!bytesBefore.isEmpty());
        auto workspace = Workspace::open(m_path);
        QVERIFY(!workspace);
        QVERIFY2(workspace.error().message.contains(QStringLiteral("not a Docket workspace")),
                 qPrintable(workspace.error().toString()));
        QCOMPARE(fileNames(m_dir.path()), namesBefore); // no -wal or -shm left behind
        QCOMPARE(fileBytes(m_path), bytesBefore);
    }

    void aNewerWalWorkspaceIsRefusedWithoutLeavingFilesBehind()
    {
        QVERIFY(Workspace::open(m_path));
        runAsAnotherProgram(
            m_path, {QStringLiteral("PRAGMA user_version = %1").arg(Workspace::latestSchemaVersion() + 1)});
        const QStringList namesBefore = fileNames(m_dir.path());
        const QByteArray bytesBefore = fileBytes(m_path);
        auto workspace = Workspace::open(m_path);
        QVERIFY(!workspace);
        QVERIFY2(workspace.error().message.contains(QStringLiteral("newer version of Docket")),
                 qPrintable(workspace.error().message));
        QCOMPARE(fileNames(m_dir.path()), namesBefore);
        QCOMPARE(fileBytes(m_path), bytesBefore);
    }

    // While another program has the file open its latest pages may be in the -wal file only; the
    // checks must read them there.
    void theChecksSeeWhatIsStillInTheWriteAheadLog()
    {
        QVERIFY(Workspace::open(m_path));
        const QString name = QStringLiteral("still-open");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Workspace::latestSchemaVersion() + 1)));
            QVERIFY(QFileInfo::exists(m_path + QStringLiteral("-wal")));
            auto workspace = Workspace::open(m_path);
            QVERIFY(!workspace);
            QVERIFY2(workspace.error().message.contains(QStringLiteral("newer version of Docket")),
                     qPrintable(workspace.error().message));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // saveTickets looks up only the tickets it saves: one that moves to another document is
    // still found, and logged as updated with its values before the move.
    void savingAMixOfNewAndStoredTicketsLogsEachWithItsBeforeValues()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document first = makeDocument();
        Document second = makeDocument();
        second.id = newId();
        QVERIFY(workspace.value()->addDocument(first, {}, QStringLiteral("test")));
        QVERIFY(workspace.value()->addDocument(second, {}, QStringLiteral("test")));
        const Ticket unchanged = makeTicket(first.id, {});
        Ticket edited = makeTicket(first.id, {});
        Ticket moved = makeTicket(first.id, {});
        QVERIFY(workspace.value()->saveTickets({unchanged, edited, moved}, QStringLiteral("import")));

        const Ticket original = edited;
        edited.title = QStringLiteral("Save and share the current search");
        const Ticket added = makeTicket(first.id, {});
        QVERIFY(workspace.value()->saveTickets({added, unchanged, edited}, QStringLiteral("gui")));
        // A batch of the second document only, with a ticket that was in the first until now.
        moved.documentId = second.id;
        moved.createdAt = {};
        const Ticket addedToSecond = makeTicket(second.id, {});
        QVERIFY(workspace.value()->saveTickets({moved, addedToSecond}, QStringLiteral("gui")));

        const auto onlyEntry = [&](const QString &id) {
            const auto log = workspace.value()->activity(id).value();
            return log.size() == 1 ? log.first() : ActivityEntry{};
        };
        QCOMPARE(onlyEntry(added.id).action, QStringLiteral("created"));
        QVERIFY(onlyEntry(added.id).before.isNull());
        QCOMPARE(onlyEntry(addedToSecond.id).action, QStringLiteral("created"));
        QCOMPARE(onlyEntry(unchanged.id).actor, QStringLiteral("import")); // no entry for no change

        const auto editedLog = workspace.value()->activity(edited.id).value();
        QCOMPARE(editedLog.size(), 2);
        QCOMPARE(editedLog.last().action, QStringLiteral("updated"));
        QCOMPARE(editedLog.last().actor, QStringLiteral("gui"));
        QCOMPARE(editedLog.last().before.toObject().value(QStringLiteral("title")).toString(),
                 original.title);
        QCOMPARE(editedLog.last().after.toObject().value(QStringLiteral("title")).toString(), edited.title);

        const auto movedLog = workspace.value()->activity(moved.id).value();
        QCOMPARE(movedLog.size(), 2);
        QCOMPARE(movedLog.last().action, QStringLiteral("updated"));
        QCOMPARE(movedLog.last().before.toObject().value(QStringLiteral("document_id")).toString(), first.id);
        QCOMPARE(movedLog.last().after.toObject().value(QStringLiteral("document_id")).toString(), second.id);
        const Ticket stored = workspace.value()->ticket(moved.id).value();
        QCOMPARE(stored.documentId, second.id);
        QCOMPARE(stored.createdAt, unchanged.createdAt); // kept from the stored ticket
    }

    // Enough tickets for the lookup of stored ones to take several rounds.
    void aLargeBatchTellsEveryUpdateFromEveryCreate()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, {}, QStringLiteral("test")));
        QList<Ticket> tickets;
        for (int i = 0; i < 1203; ++i)
            tickets.append(makeTicket(document.id, {}));
        QVERIFY(workspace.value()->saveTickets(tickets, QStringLiteral("import")));

        for (int i = 0; i < tickets.size(); i += 2)
            tickets[i].title = QStringLiteral("Edited %1").arg(i);
        for (int i = 0; i < 3; ++i)
            tickets.append(makeTicket(document.id, {}));
        QVERIFY(workspace.value()->saveTickets(tickets, QStringLiteral("gui")));

        QHash<QString, int> actions;
        const auto log = workspace.value()->activity();
        QVERIFY(log);
        for (const ActivityEntry &entry : log.value()) {
            if (entry.actor == QStringLiteral("gui"))
                ++actions[entry.action];
        }
        QCOMPARE(actions.value(QStringLiteral("updated")), 602);
        QCOMPARE(actions.value(QStringLiteral("created")), 3);
        QCOMPARE(actions.size(), 2);
    }

    // The same ticket twice in one batch: the second is an update of the first.
    void aTicketSavedTwiceInOneBatchIsCreatedThenUpdated()
    {
        auto workspace = Workspace::open(m_path);
        QVERIFY(workspace);
        const Document document = makeDocument();
        QVERIFY(workspace.value()->addDocument(document, {}, QStringLiteral("test")));
        const Ticket draft = makeTicket(document.id, {});
        Ticket revised = draft;
        revised.title = QStringLiteral("Save the current search, revised");
        QVERIFY(workspace.value()->saveTickets({draft, revised}, QStringLiteral("test")));

        const auto log = workspace.value()->activity(draft.id).value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).action, QStringLiteral("created"));
        QCOMPARE(log.at(1).action, QStringLiteral("updated"));
        QCOMPARE(log.at(1).before.toObject().value(QStringLiteral("title")).toString(), draft.title);
        QCOMPARE(workspace.value()->ticket(draft.id).value().title, revised.title);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
