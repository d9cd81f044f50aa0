#include "store/workspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;

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
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
