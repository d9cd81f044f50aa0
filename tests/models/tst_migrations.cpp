#include "store/workspace.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace docket;

namespace {

// What a file holds besides its rows: every table, index and column definition, its schema
// version and application id. Two files made the same way describe themselves the same.
QStringList schemaOf(const QString &path)
{
    const QString name = QStringLiteral("schema-of");
    QStringList description;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path); // read-write: closing it removes the -wal and -shm files again
        if (raw.open()) {
            QSqlQuery query(raw);
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            while (query.next())
                description.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toString()}
                                       .join(QLatin1Char(' ')));
            for (const QString &pragma : {QStringLiteral("user_version"), QStringLiteral("application_id")}) {
                query.exec(QStringLiteral("PRAGMA ") + pragma);
                if (query.next())
                    description.append(pragma + QLatin1Char('=') + query.value(0).toString());
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return description;
}

// Opens path from two threads released at the same moment; returns each one's error, if any.
QStringList openFromTwoThreadsAtOnce(const QString &path)
{
    QStringList errors(2);
    std::latch start(2);
    const auto open = [&](int index) {
        start.arrive_and_wait();
        auto workspace = Workspace::open(path);
        if (!workspace)
            errors[index] = workspace.error().toString();
        else if (workspace.value()->schemaVersion() != Workspace::latestSchemaVersion())
            errors[index] = QStringLiteral("opened at schema %1").arg(workspace.value()->schemaVersion());
    };
    std::thread first(open, 0);
    std::thread second(open, 1);
    first.join();
    second.join();
    return errors;
}

} // namespace

// Every earlier schema opens in today's Docket with its data intact.
class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void everyEarlierSchemaMigratesWithDataKept_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Workspace::latestSchemaVersion(); ++version)
            QTest::addRow("schema %d", version) << version;
    }

    void everyEarlierSchemaMigratesWithDataKept()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.docket"));
        {
            auto old = Workspace::createAtVersion(path, version);
            QVERIFY2(old, qPrintable(old ? QString() : old.error().toString()));
            QCOMPARE(old.value()->schemaVersion(), version);
        }
        // Rows written the way that version's Docket wrote them: plain SQL, no newer columns.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO documents (id, title, source_path, format, source_text, sha256, imported_at) "
                "VALUES "
                "('d1', 'Old spec', 'old.md', 'markdown', '# Old spec', 'ff', '2025-01-01T00:00:00.000Z')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO blocks (id, document_id, ordinal, type, text, start_line, end_line) VALUES "
                "('b1', 'd1', 0, 'requirement', 'FR-1 must work', 3, 3)")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO tickets (id, document_id, block_id, title, ticket_type, "
                               "priority, labels_json, status, "
                               "created_at, updated_at) VALUES ('t1', 'd1', 'b1', 'Make it work', 'task', "
                               "'P2', '[\"core\"]', "
                               "'reviewed', '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        auto migrated = Workspace::open(path, Workspace::OpenMode::MustExist);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().toString()));
        QCOMPARE(migrated.value()->schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(migrated.value()->document(QStringLiteral("d1")).value().title, QStringLiteral("Old spec"));
        const auto blocks = migrated.value()->blocks(QStringLiteral("d1")).value();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().type, BlockType::Requirement);
        const Ticket ticket = migrated.value()->ticket(QStringLiteral("t1")).value();
        QCOMPARE(ticket.title, QStringLiteral("Make it work"));
        QCOMPARE(ticket.priority, std::optional<Priority>(Priority::P2));
        QCOMPARE(ticket.labels, QStringList{QStringLiteral("core")});
        QCOMPARE(ticket.status, TicketStatus::Reviewed);

        // The newer tables work on the migrated file.
        Ticket edited = ticket;
        edited.title = QStringLiteral("Make it work everywhere");
        QVERIFY(migrated.value()->saveTicket(edited, QStringLiteral("test")));
        QCOMPARE(migrated.value()->activity(QStringLiteral("t1")).value().size(), 1);
    }

    void migrationIsRecordedInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.docket"));
        QVERIFY(Workspace::createAtVersion(path, 1));
        QVERIFY(Workspace::open(path));
        auto again = Workspace::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->schemaVersion(), Workspace::latestSchemaVersion());
    }

    // Both threads find no file; only one may create and migrate it, and the other opens the result.
    void twoThreadsCreatingTheSameFileBothOpenIt()
    {
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("alone.docket"));
        QVERIFY(Workspace::open(reference));
        const QStringList expected = schemaOf(reference);
        QVERIFY(expected.contains(QStringLiteral("user_version=%1").arg(Workspace::latestSchemaVersion())));

        // Several rounds: each is a new chance for the two to collide.
        for (int round = 0; round < 10; ++round) {
            const QString path = dir.filePath(QStringLiteral("shared-%1.docket").arg(round));
            const QStringList errors = openFromTwoThreadsAtOnce(path);
            QVERIFY2(errors.join(QString()).isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            QCOMPARE(schemaOf(path), expected);
        }
        // Nothing but the workspaces is left in the folder.
        QStringList names = QDir(dir.path()).entryList(QDir::Files);
        names.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".docket")); });
        QCOMPARE(names, QStringList());
    }

    void twoThreadsUpgradingTheSameOldFileBothOpenIt()
    {
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("alone.docket"));
        QVERIFY(Workspace::createAtVersion(reference, 1));
        QVERIFY(Workspace::open(reference));
        const QStringList expected = schemaOf(reference);

        for (int round = 0; round < 10; ++round) {
            const QString path = dir.filePath(QStringLiteral("old-%1.docket").arg(round));
            QVERIFY(Workspace::createAtVersion(path, 1));
            const QStringList errors = openFromTwoThreadsAtOnce(path);
            QVERIFY2(errors.join(QString()).isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            QCOMPARE(schemaOf(path), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
