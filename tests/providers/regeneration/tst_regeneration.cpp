#include "domain/block_matching.h"
#include "generators/rules/rule_engine.h"
#include "import/workspace_import.h"
#include "store/drafts_store.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;

namespace {

const QByteArray kVersionOne = "# Exports\n\n"
                               "## Requirements\n\n"
                               "- FR-1: The system must export invoices as CSV.\n"
                               "- FR-2: The system must let admins pick a date range.\n"
                               "- FR-3: The system must e-mail a link when the export is ready.\n\n"
                               "## Acceptance criteria\n\n"
                               "- FR-1: Every line item appears once\n";

// FR-1 unchanged, FR-2 reworded, FR-3 removed, FR-4 added, and a section moved up.
const QByteArray kVersionTwo = "# Exports\n\n"
                               "## Acceptance criteria\n\n"
                               "- FR-1: Every line item appears once\n\n"
                               "## Requirements\n\n"
                               "- FR-1: The system must export invoices as CSV.\n"
                               "- FR-2: The system must let admins pick a date range and a customer.\n"
                               "- FR-4: The system should keep exports for 30 days.\n";

class Session {
public:
    Session()
    {
        m_spec = m_dir.filePath(QStringLiteral("exports.md"));
        m_workspace = m_dir.filePath(QStringLiteral("exports.docket"));
    }

    void writeSpec(const QByteArray &text)
    {
        QFile file(m_spec);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    Result<WorkspaceImport> import()
    {
        return importIntoWorkspace(m_spec, m_workspace, {}, QStringLiteral("test"));
    }

    Result<StoredDrafts> generate(const ImportedDocument &document)
    {
        GenerationRequest request;
        request.document = document.document;
        request.blocks = document.blocks;
        auto drafts = rules::generate(request);
        if (!drafts)
            return drafts.error();
        auto workspace = Workspace::open(m_workspace);
        if (!workspace)
            return workspace.error();
        return storeDrafts(*workspace.value(), document.document.id, drafts.value(), QStringLiteral("test"));
    }

    std::unique_ptr<Workspace> open() { return std::move(Workspace::open(m_workspace).value()); }

private:
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_workspace;
};

const Ticket *titled(const QList<Ticket> &tickets, const QString &start)
{
    for (const Ticket &ticket : tickets) {
        if (ticket.title.startsWith(start))
            return &ticket;
    }
    return nullptr;
}

} // namespace

class TestRegeneration : public QObject {
    Q_OBJECT
private slots:
    void matchingKeepsIdsOfUnchangedMovedAndRewordedBlocks()
    {
        auto before =
            DocumentImporter::importBytes(kVersionOne, QStringLiteral("a.md"), DocumentFormat::Markdown);
        auto after =
            DocumentImporter::importBytes(kVersionTwo, QStringLiteral("a.md"), DocumentFormat::Markdown);
        QVERIFY(before && after);
        const BlockMatch match = matchBlocks(before.value().blocks, after.value().blocks);
        auto idOf = [](const QList<Block> &blocks, const QString &start) {
            for (const Block &block : blocks) {
                if (block.text.startsWith(start))
                    return block.id;
            }
            return QString();
        };
        const QString fr1 = idOf(before.value().blocks, QStringLiteral("FR-1: The system"));
        const QString fr2 = idOf(before.value().blocks, QStringLiteral("FR-2"));
        const QString fr3 = idOf(before.value().blocks, QStringLiteral("FR-3"));
        QCOMPARE(idOf(match.blocks, QStringLiteral("FR-1: The system")), fr1);
        QCOMPARE(idOf(match.blocks, QStringLiteral("FR-2")), fr2);
        QVERIFY(match.unchanged.contains(fr1));
        QVERIFY(match.changed.contains(fr2));
        QVERIFY(match.removed.contains(fr3));
        QVERIFY(match.added.contains(idOf(match.blocks, QStringLiteral("FR-4"))));
        QCOMPARE(match.blocks.size(), after.value().blocks.size());
    }

    void reimportingTheSameSpecChangesNothing()
    {
        Session session;
        session.writeSpec(kVersionOne);
        auto first = session.import();
        QVERIFY(first);
        QCOMPARE(first.value().kind, WorkspaceImport::Kind::Added);
        auto second = session.import();
        QVERIFY(second);
        QCOMPARE(second.value().kind, WorkspaceImport::Kind::Unchanged);
        QCOMPARE(second.value().imported.document.id, first.value().imported.document.id);
        QCOMPARE(session.open()->documents().value().size(), 1);
    }

    void regeneratingAnUnchangedSpecKeepsEveryTicket()
    {
        Session session;
        session.writeSpec(kVersionOne);
        auto imported = session.import();
        QVERIFY(imported);
        auto first = session.generate(imported.value().imported);
        QVERIFY(first);
        QVERIFY(first.value().added.size() >= 4);
        auto again = session.generate(session.import().value().imported);
        QVERIFY(again);
        QCOMPARE(again.value().added.size(), 0);
        QCOMPARE(again.value().proposed, 0);
        QCOMPARE(again.value().kept, first.value().added.size());
        QCOMPARE(session.open()->generationCount(imported.value().imported.document.id).value(), 2);
    }

    void changedSpecProposesUpdatesFlagsRemovalsAndAddsNewWork()
    {
        Session session;
        session.writeSpec(kVersionOne);
        auto imported = session.import();
        QVERIFY(imported);
        QVERIFY(session.generate(imported.value().imported));
        const QString documentId = imported.value().imported.document.id;

        // The PM reviews and edits FR-2's ticket before the spec changes.
        {
            auto workspace = session.open();
            Ticket fr2 =
                *titled(workspace->tickets({documentId, std::nullopt}).value(), QStringLiteral("Let admins"));
            fr2.title = QStringLiteral("Let admins choose the export period");
            fr2.status = TicketStatus::Reviewed;
            QVERIFY(workspace->saveTicket(fr2, QStringLiteral("gui")));
        }

        session.writeSpec(kVersionTwo);
        auto updated = session.import();
        QVERIFY(updated);
        QCOMPARE(updated.value().kind, WorkspaceImport::Kind::Updated);
        QCOMPARE(updated.value().imported.document.id, documentId);
        QCOMPARE(updated.value().changedBlocks, 1);
        QCOMPARE(updated.value().removedBlocks, 1);
        QVERIFY(updated.value().addedBlocks >= 1);

        auto regenerated = session.generate(updated.value().imported);
        QVERIFY(regenerated);
        QCOMPARE(regenerated.value().proposed, 1);
        QCOMPARE(regenerated.value().added.size(), 1);
        QVERIFY(
            regenerated.value().added.first().title.startsWith(QStringLiteral("Keep exports for 30 days")));

        auto workspace = session.open();
        const QList<Ticket> tickets = workspace->tickets({documentId, std::nullopt}).value();
        // The edit survives re-generation untouched.
        const Ticket *edited = titled(tickets, QStringLiteral("Let admins choose the export period"));
        QVERIFY(edited);
        QCOMPARE(edited->status, TicketStatus::Reviewed);
        // The ticket of the removed requirement is kept and flagged.
        const Ticket *removed = titled(tickets, QStringLiteral("E-mail a link"));
        QVERIFY(removed);
        QVERIFY(removed->blockId.isEmpty());
        QVERIFY(removed->problems.join(QLatin1Char(' ')).contains(QStringLiteral("removed")));

        // The reworded requirement's update waits as a proposal, shown against the current ticket.
        const QList<TicketProposal> proposals = workspace->proposals(documentId).value();
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().ticketId, edited->id);
        QVERIFY(proposals.first().proposed.title.contains(QStringLiteral("customer")));

        QVERIFY(workspace->acceptProposal(edited->id, QStringLiteral("gui")));
        const Ticket accepted = workspace->ticket(edited->id).value();
        QVERIFY(accepted.title.contains(QStringLiteral("customer")));
        QCOMPARE(accepted.status, TicketStatus::Reviewed); // its place in the workflow is the PM's
        QVERIFY(workspace->proposals(documentId).value().isEmpty());

        // Generating once more proposes nothing new: the ticket now matches its source.
        auto third = session.generate(session.import().value().imported);
        QVERIFY(third);
        QCOMPARE(third.value().proposed, 0);
        QCOMPARE(third.value().added.size(), 0);
    }

    void aRejectedProposalIsNotProposedAgain()
    {
        Session session;
        session.writeSpec(kVersionOne);
        auto imported = session.import();
        QVERIFY(session.generate(imported.value().imported));
        session.writeSpec(kVersionTwo);
        QVERIFY(session.generate(session.import().value().imported));
        const QString documentId = imported.value().imported.document.id;
        auto workspace = session.open();
        const QList<TicketProposal> proposals = workspace->proposals(documentId).value();
        QCOMPARE(proposals.size(), 1);
        const Ticket before = workspace->ticket(proposals.first().ticketId).value();
        QVERIFY(workspace->rejectProposal(before.id, QStringLiteral("gui")));
        QCOMPARE(workspace->ticket(before.id).value().title, before.title);
        workspace.reset();

        auto again = session.generate(session.import().value().imported);
        QVERIFY(again);
        QCOMPARE(again.value().proposed, 0);
        QVERIFY(session.open()->proposals(documentId).value().isEmpty());
    }

    void risksAndQuestionsAreKeptOncePerDocument()
    {
        Session session;
        session.writeSpec(
            "# Spec\n\n## Risks\n\n- Vendors may lag.\n\n## Open questions\n\n- Who signs off?\n");
        auto imported = session.import();
        QVERIFY(session.generate(imported.value().imported));
        QVERIFY(session.generate(imported.value().imported));
        const QList<Note> notes = session.open()->notes(imported.value().imported.document.id).value();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).kind, NoteKind::Risk);
        QCOMPARE(notes.at(1).kind, NoteKind::OpenQuestion);
        QVERIFY(!notes.at(0).blockId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegeneration)
#include "tst_regeneration.moc"
