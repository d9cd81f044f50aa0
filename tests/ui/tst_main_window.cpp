#include "common/file_dialogs.h"
#include "common/message_bar.h"
#include "document/document_view.h"
#include "generate/generation_controller.h"
#include "import/import_controller.h"
#include "items/block_list_model.h"
#include "items/ticket_filter_model.h"
#include "items/ticket_table_model.h"
#include "mainwindow/main_window.h"
#include "notes/notes_view.h"
#include "proposals/proposals_dialog.h"
#include "store/workspace.h"
#include "tickets/ticket_table_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace docket;

namespace {

const QString kSampleSpec = QStringLiteral(DOCKET_SOURCE_DIR "/resources/samples/sample-spec.md");
constexpr int kImportTimeoutMs = 20000;

QSet<QString> blockTypesShown(const BlockListModel *model)
{
    QSet<QString> types;
    for (int row = 0; row < model->rowCount(); ++row)
        types.insert(model->index(row, 0).data(BlockListModel::BlockTypeRole).toString());
    return types;
}

int rowOfText(const BlockListModel *model, const QString &needle)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->blockAt(row)->text.contains(needle))
            return row;
    }
    return -1;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspacePath = m_dir.filePath(QStringLiteral("session-%1.docket").arg(++m_counter));
    }

    void importActionShowsTypedBlocksOfTheSampleSpec()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_workspacePath));

        // Drive the real menu shortcut; the file dialog answers through its test seam.
        FileDialogs::setNextAnswer(kSampleSpec);
        QSignalSpy finished(window.importController(), &ImportController::finished);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(finished.wait(kImportTimeoutMs));

        const BlockListModel *blocks = window.documentView()->blockModel();
        QVERIFY(blocks->rowCount() > 20);
        const QSet<QString> types = blockTypesShown(blocks);
        for (const char *expected : {"heading", "user_story", "requirement", "acceptance_criteria",
                                     "solution", "risk", "open_question", "code", "table"})
            QVERIFY2(types.contains(QLatin1String(expected)), expected);

        // A user story from the sample is typed as one, with its icon and the lines it came from.
        const int storyRow = rowOfText(blocks, QStringLiteral("As a "));
        QVERIFY(storyRow >= 0);
        QCOMPARE(blocks->blockAt(storyRow)->type, BlockType::UserStory);
        QVERIFY(blocks->blockAt(storyRow)->startLine > 1);
        QVERIFY(!blocks->index(storyRow, BlockListModel::TypeColumn).data(Qt::DecorationRole).isNull());

        auto *combo = window.findChild<QComboBox *>(QStringLiteral("documentCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1);
        QVERIFY(!combo->currentText().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported")));
        QVERIFY(!window.messageBar()->isVisible());

        // What the window shows is what the workspace file holds.
        auto reopened = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
        QVERIFY(reopened);
        const auto documents = reopened.value()->documents();
        QVERIFY(documents);
        QCOMPARE(documents.value().size(), 1);
        QCOMPARE(reopened.value()->blocks(documents.value().first().id).value().size(), blocks->rowCount());
    }

    void badFileShowsAClearErrorAndImportsNothing()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspacePath));

        const QString binary = m_dir.filePath(QStringLiteral("diagram.md"));
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        static const char binaryBytes[] = "# Title\n\0\0\x01\x02binary";
        file.write(QByteArray(binaryBytes, sizeof binaryBytes - 1));
        file.close();

        QSignalSpy failed(window.importController(), &ImportController::failed);
        window.importDocument(binary);
        QVERIFY(failed.wait(kImportTimeoutMs));
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("diagram.md")),
                 qPrintable(window.messageBar()->text()));
        QCOMPARE(window.documentCount(), 0);
        QCOMPARE(window.documentView()->blockModel()->rowCount(), 0);
    }

    void droppedSpecIsImported()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspacePath));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kSampleSpec)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());

        QSignalSpy finished(window.importController(), &ImportController::finished);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(kImportTimeoutMs));
        QCOMPARE(window.documentCount(), 1);
    }

    void dragOfAnUnsupportedFileIsRefused()
    {
        MainWindow window;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photo.png")))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void openingANonWorkspaceKeepsTheCurrentOne()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_workspacePath));
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a workspace.\n");
        file.close();

        QVERIFY(!window.openWorkspace(notes));
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("notes.txt")));
        QCOMPARE(window.workspacePath(), m_workspacePath);
        QFile check(notes);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("These are meeting notes, not a workspace.\n"));
    }

    void openedWorkspacesAreRememberedAsRecent()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_workspacePath));
        QCOMPARE(MainWindow::recentWorkspaces().value(0), m_workspacePath);
        const QString second = m_dir.filePath(QStringLiteral("second.docket"));
        QVERIFY(window.openWorkspace(second));
        QCOMPARE(MainWindow::recentWorkspaces().value(0), second);
        QCOMPARE(MainWindow::recentWorkspaces().value(1), m_workspacePath);
    }

    void bundledSampleImportsIntoAnEmptyWorkspace()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_workspacePath));
        QSignalSpy finished(window.importController(), &ImportController::finished);
        window.importBundledSample();
        QVERIFY(finished.wait(kImportTimeoutMs));
        QCOMPARE(window.documentCount(), 1);
        QVERIFY(window.documentView()->blockModel()->rowCount() > 20);
    }

    void generateFillsTheTicketTableAndRegenerationKeepsEdits()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspacePath));
        QSignalSpy imported(window.importController(), &ImportController::finished);
        window.importBundledSample();
        QVERIFY(imported.wait(kImportTimeoutMs));

        QSignalSpy generated(window.generationController(), &GenerationController::finished);
        window.generateTickets(GeneratorSettings{});
        QVERIFY(generated.wait(kImportTimeoutMs));
        const TicketTableModel *tickets = window.ticketView()->model();
        const int firstCount = tickets->rowCount();
        QVERIFY(firstCount >= 5);

        // Every ticket is stored, traceable to a block of the document shown (epics aside).
        auto workspace = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
        QVERIFY(workspace);
        auto stored = workspace.value()->tickets();
        QVERIFY(stored);
        QCOMPARE(stored.value().size(), firstCount);
        const BlockListModel *blocks = window.documentView()->blockModel();
        for (const Ticket &ticket : stored.value()) {
            QCOMPARE(ticket.status, TicketStatus::Generated);
            if (ticket.ticketType != TicketType::Epic)
                QVERIFY2(blocks->rowOfBlock(ticket.blockId) >= 0, qPrintable(ticket.title));
        }

        // The PM edits one ticket; generating again adds nothing and keeps the edit.
        Ticket edited = stored.value().at(1);
        edited.title = QStringLiteral("Edited by the PM");
        edited.status = TicketStatus::Reviewed;
        if (edited.acceptanceCriteria.isEmpty())
            edited.acceptanceCriteria = {QStringLiteral("Agreed with design")};
        QVERIFY(workspace.value()->saveTicket(edited, QStringLiteral("test")));

        window.generateTickets(GeneratorSettings{});
        QVERIFY(generated.wait(kImportTimeoutMs));
        QCOMPARE(tickets->rowCount(), firstCount);
        auto again = workspace.value()->ticket(edited.id);
        QVERIFY(again);
        QCOMPARE(again.value().title, QStringLiteral("Edited by the PM"));
        QCOMPARE(again.value().status, TicketStatus::Reviewed);
    }

    void changedSpecLeadsToProposalsTheUserAccepts()
    {
        const QString spec = m_dir.filePath(QStringLiteral("exports-%1.md").arg(m_counter));
        auto write = [&](const QByteArray &text) {
            QFile file(spec);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        write("# Exports\n\n## Requirements\n\n- FR-1: The system must export invoices as CSV.\n"
              "- FR-2: The system must let admins pick a date range.\n\n## Risks\n\n- Large exports may time "
              "out.\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_workspacePath));
        QSignalSpy imported(window.importController(), &ImportController::finished);
        QSignalSpy generated(window.generationController(), &GenerationController::finished);
        window.importDocument(spec);
        QVERIFY(imported.wait(kImportTimeoutMs));
        window.generateTickets(GeneratorSettings{});
        QVERIFY(generated.wait(kImportTimeoutMs));
        const int before = window.ticketView()->model()->rowCount();
        QCOMPARE(window.notesView()->count(), 1);
        QCOMPARE(window.pendingProposalCount(), 0);

        // Selecting a ticket shows its source block.
        QTableView *table = window.ticketView()->table();
        table->setCurrentIndex(table->model()->index(1, 0));
        const QString blockId = table->currentIndex().data(TicketTableModel::BlockIdRole).toString();
        QVERIFY(!blockId.isEmpty());
        QCOMPARE(
            window.documentView()->blockTree()->currentIndex().data(BlockListModel::BlockIdRole).toString(),
            blockId);

        // And the other way: selecting a block selects its tickets.
        QTreeView *blocks = window.documentView()->blockTree();
        const int blockRow = window.documentView()->blockModel()->rowOfBlock(blockId);
        blocks->setCurrentIndex(window.documentView()->blockModel()->index(0, 0));
        QVERIFY(table->selectionModel()->selectedRows().isEmpty()); // the title block has no ticket
        blocks->setCurrentIndex(window.documentView()->blockModel()->index(blockRow, 0));
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(TicketTableModel::BlockIdRole).toString(), blockId);

        write("# Exports\n\n## Requirements\n\n- FR-1: The system must export invoices as CSV.\n"
              "- FR-2: The system must let admins pick a date range and a customer.\n\n## Risks\n\n"
              "- Large exports may time out.\n");
        window.importDocument(spec);
        QVERIFY(imported.wait(kImportTimeoutMs));
        QCOMPARE(window.documentCount(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("1 block(s) reworded")));
        window.generateTickets(GeneratorSettings{});
        QVERIFY(generated.wait(kImportTimeoutMs));
        QCOMPARE(window.ticketView()->model()->rowCount(), before);
        QCOMPARE(window.pendingProposalCount(), 1);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("Review")));

        bool accepted = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ProposalsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCOMPARE(dialog->remaining(), 1);
            dialog->acceptCurrent();
            accepted = dialog->remaining() == 0;
            dialog->close();
        });
        window.findChild<QAction *>(QStringLiteral("proposalsAction"))->trigger();
        QVERIFY(accepted);
        QCOMPARE(window.pendingProposalCount(), 0);
        bool found = false;
        for (const Ticket &ticket : window.ticketView()->model()->tickets())
            found = found || ticket.title.contains(QStringLiteral("and a customer"));
        QVERIFY(found);
    }

    void keyboardReviewAndSearch()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_workspacePath));
        QSignalSpy imported(window.importController(), &ImportController::finished);
        window.importBundledSample();
        QVERIFY(imported.wait(kImportTimeoutMs));
        QSignalSpy generated(window.generationController(), &GenerationController::finished);
        QTest::keyClick(&window, Qt::Key_G,
                        Qt::ControlModifier | Qt::ShiftModifier); // not bound: nothing happens
        window.generateTickets(GeneratorSettings{});
        QVERIFY(generated.wait(kImportTimeoutMs));

        // Ctrl+F goes to the search field; typing narrows the table.
        QTableView *table = window.ticketView()->table();
        const int all = table->model()->rowCount();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = window.ticketView()->searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("reminder"));
        QVERIFY(table->model()->rowCount() < all);
        QVERIFY(table->model()->rowCount() >= 1);
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);

        // Select everything and press Ctrl+R: what keeps the rules becomes reviewed, the rest says why.
        table->setFocus();
        table->selectAll();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        int reviewed = 0;
        int generatedLeft = 0;
        for (const Ticket &ticket : window.ticketView()->model()->tickets()) {
            reviewed += ticket.status == TicketStatus::Reviewed;
            generatedLeft += ticket.status == TicketStatus::Generated;
            if (ticket.status == TicketStatus::Reviewed)
                QVERIFY(!ticket.acceptanceCriteria.isEmpty());
        }
        QVERIFY(reviewed >= 3);
        QVERIFY(generatedLeft >= 1);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("acceptance_criteria")));
        auto stored = Workspace::open(m_workspacePath, Workspace::OpenMode::MustExist);
        QCOMPARE(int(stored.value()->tickets({{}, TicketStatus::Reviewed}).value().size()), reviewed);
    }

private:
    QTemporaryDir m_dir;
    QString m_workspacePath;
    int m_counter = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
