#include "bulk/bulk_edit_dialog.h"
#include "common/message_bar.h"
#include "dependencies/dependency_view.h"
#include "editor/criteria_editor.h"
#include "editor/draft_diff_dialog.h"
#include "editor/label_line_edit.h"
#include "editor/lazy_combo_box.h"
#include "editor/ticket_editor.h"
#include "help/shortcuts_dialog.h"
#include "items/ticket_table_model.h"
#include "items/ticket_tree_model.h"
#include "review/review_session.h"
#include "review_test_helpers.h"
#include "store/workspace.h"
#include "tickets/ticket_table_view.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace docket;
using namespace docket::testing;

namespace {

Ticket storedTicket(const QString &workspacePath, const QString &id)
{
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
    return workspace ? workspace.value()->ticket(id).value() : Ticket{};
}

// After a modal dialog the window must be active again for its shortcuts to fire.
bool reactivate(QWidget &window)
{
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

int storedTicketCount(const QString &workspacePath)
{
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
    return workspace ? int(workspace.value()->tickets().value().size()) : -1;
}

} // namespace

class TestReviewGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_review_gui"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("review-%1.docket").arg(++m_counter));
        QSettings().clear(); // each test starts from the defaults (table view, system palette)
    }

    void reviewATicketWithTheKeyboardUndoRedoAndReopen();
    void bulkEditSplitMergeAndDeleteAreUndoable();
    void editingAPushedTicketShowsItChangedLocally();
    void problemsAreShownNextToTheirField();
    void compareShowsWhatChangedSinceTheDraft();
    void shortcutSheetListsTheMenuShortcuts();
    void everyControlHasAnAccessibleNameAndTabReachesEveryField();
    void darkAppearanceChangesThePalette();
    void hierarchyAndDependencyViewsFollowTheEdits();
    void cellsAreEditableInPlaceAndUndoable();
    void theParentListFillsWhenTheFieldIsReachedAndExcludesDescendants();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestReviewGui::reviewATicketWithTheKeyboardUndoRedoAndReopen()
{
    QString id;
    Ticket original;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openWithGeneratedSample(window, m_path));

        // Ctrl+2 goes to the tickets, Alt+Down to the next one; the editor follows.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        TicketEditor *editor = window.ticketEditor();
        id = window.ticketView()->currentTicketId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(editor->ticketId(), id);
        original = storedTicket(m_path, id);
        QCOMPARE(editor->titleField()->text(), original.title);

        // Ctrl+E edits: a new title, taken on Tab.
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(editor->titleField()->hasFocus());
        QTest::keyClicks(editor->titleField(), QStringLiteral("Checklist steps chosen by admins"));
        QTest::keyClick(editor->titleField(), Qt::Key_Tab);
        QCOMPARE(storedTicket(m_path, id).title, QStringLiteral("Checklist steps chosen by admins"));
        const int row = window.ticketView()->table()->currentIndex().row();
        QCOMPARE(window.ticketView()->table()->model()->index(row, 0).data().toString(),
                 QStringLiteral("Checklist steps chosen by admins"));

        // Priority from the keyboard.
        editor->priorityField()->setFocus();
        editor->priorityField()->setCurrentIndex(0);
        QTest::keyClick(editor->priorityField(), Qt::Key_Down); // None -> P0
        QCOMPARE(storedTicket(m_path, id).priority, Priority::P0);

        // The body is saved while typing, after a pause, and the preview renders Markdown.
        editor->bodyField()->setFocus();
        editor->bodyField()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor->bodyField(), Qt::Key_Return);
        QTest::keyClick(editor->bodyField(), Qt::Key_Return);
        QTest::keyClicks(editor->bodyField(), QStringLiteral("**Owner:** growth team"));
        QTRY_VERIFY(storedTicket(m_path, id).body.endsWith(QStringLiteral("**Owner:** growth team")));
        QTRY_VERIFY(editor->preview()->toHtml().contains(QStringLiteral("font-weight:700")));

        // A new criterion: Ctrl+Shift+A in the list, typed in place, Enter.
        QListWidget *criteria = editor->criteriaEditor()->list();
        criteria->setFocus();
        QTest::keyClick(criteria, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget *cellEditor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(cellEditor));
        qobject_cast<QLineEdit *>(cellEditor)->selectAll();
        QTest::keyClicks(cellEditor, QStringLiteral("Admins see a preview before saving"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QTRY_VERIFY(storedTicket(m_path, id)
                        .acceptanceCriteria.contains(QStringLiteral("Admins see a preview before saving")));
        const Ticket edited = storedTicket(m_path, id);

        // Undo everything from the ticket list, step by step, then redo it all.
        window.ticketView()->table()->setFocus();
        QUndoStack *stack = window.undoGroup()->activeStack();
        QVERIFY(stack->count() >= 5);
        const int steps = stack->count();
        for (int i = 0; i < steps; ++i)
            QTest::keyClick(window.ticketView()->table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!stack->canUndo());
        Ticket undone = storedTicket(m_path, id);
        QCOMPARE(undone.title, original.title);
        QCOMPARE(undone.priority, original.priority);
        QCOMPARE(undone.body, original.body);
        QCOMPARE(undone.acceptanceCriteria, original.acceptanceCriteria);
        QCOMPARE(editor->titleField()->text(), original.title);
        for (int i = 0; i < steps; ++i)
            QTest::keyClick(window.ticketView()->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!stack->canRedo());
        Ticket redone = storedTicket(m_path, id);
        QCOMPARE(redone.title, edited.title);
        QCOMPARE(redone.body, edited.body);
        QCOMPARE(redone.acceptanceCriteria, edited.acceptanceCriteria);

        // Ctrl+R marks it reviewed.
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(storedTicket(m_path, id).status, TicketStatus::Reviewed);
        QTRY_VERIFY(window.ticketView()
                        ->table()
                        ->model()
                        ->index(row, TicketTableModel::StatusColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Reviewed")));
        window.close();
    }

    // Reopened: everything is there.
    MainWindow reopened;
    QVERIFY(reopened.openWorkspace(m_path));
    const int row = reopened.ticketView()->model()->rowOfTicket(id);
    const Ticket *ticket = reopened.ticketView()->model()->ticketAt(row);
    QVERIFY(ticket);
    QCOMPARE(ticket->title, QStringLiteral("Checklist steps chosen by admins"));
    QCOMPARE(ticket->priority, Priority::P0);
    QCOMPARE(ticket->status, TicketStatus::Reviewed);
    QVERIFY(ticket->acceptanceCriteria.contains(QStringLiteral("Admins see a preview before saving")));
}

void TestReviewGui::bulkEditSplitMergeAndDeleteAreUndoable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openWithGeneratedSample(window, m_path));
    TicketTableView *view = window.ticketView();
    QTableView *table = view->table();
    const int total = table->model()->rowCount();
    QVERIFY(total >= 6);
    const QStringList ids{table->model()->index(1, 0).data(TicketTableModel::TicketIdRole).toString(),
                          table->model()->index(2, 0).data(TicketTableModel::TicketIdRole).toString(),
                          table->model()->index(3, 0).data(TicketTableModel::TicketIdRole).toString()};

    // Bulk edit: priority P1 and a label for three tickets, in one undoable step.
    view->selectTickets(ids);
    whenDialogOpens<BulkEditDialog>([](BulkEditDialog *dialog) {
        dialog->priorityCheck()->setChecked(true);
        dialog->priorityChoice()->setCurrentIndex(1); // P1
        dialog->addLabelsField()->setText(QStringLiteral("sprint-12"));
        dialog->accept();
    });
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(reactivate(window));
    for (const QString &id : ids) {
        QCOMPARE(storedTicket(m_path, id).priority, Priority::P1);
        QVERIFY(storedTicket(m_path, id).labels.contains(QStringLiteral("sprint-12")));
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    for (const QString &id : ids)
        QVERIFY(!storedTicket(m_path, id).labels.contains(QStringLiteral("sprint-12")));

    // Split the current ticket into three.
    view->selectTickets({ids.at(0)});
    whenDialogOpens<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Part one\nPart two\nPart three"));
        dialog->accept();
    });
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reactivate(window));
    QCOMPARE(table->model()->rowCount(), total + 2);
    QCOMPARE(storedTicketCount(m_path), total + 2);
    QCOMPARE(storedTicket(m_path, ids.at(0)).title, QStringLiteral("Part one"));
    QCOMPARE(view->selectedTicketIds().size(), 3);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), total);
    QCOMPARE(storedTicketCount(m_path), total);

    // Merge two into the current one.
    view->selectTickets({ids.at(1), ids.at(2)});
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), total - 1);
    QCOMPARE(storedTicketCount(m_path), total - 1);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedTicketCount(m_path), total);
    QCOMPARE(table->model()->rowCount(), total);

    // Delete from the list with the Delete key; undo brings it back with its fields.
    const Ticket doomed = storedTicket(m_path, ids.at(0));
    view->selectTickets({ids.at(0)});
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->model()->rowCount(), total - 1);
    QCOMPARE(storedTicketCount(m_path), total - 1);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), total);
    const Ticket back = storedTicket(m_path, ids.at(0));
    QCOMPARE(back.title, doomed.title);
    QCOMPARE(back.acceptanceCriteria, doomed.acceptanceCriteria);
}

void TestReviewGui::editingAPushedTicketShowsItChangedLocally()
{
    QString id;
    {
        MainWindow window;
        QVERIFY(openWithGeneratedSample(window, m_path));
        id = window.ticketView()->model()->tickets().at(2).id;
    }
    {
        auto workspace = Workspace::open(m_path).value();
        Ticket pushed = workspace->ticket(id).value();
        pushed.status = TicketStatus::Pushed;
        pushed.platform = Platform::Linear;
        pushed.externalId = QStringLiteral("ENG-12");
        QVERIFY(workspace->saveTicket(pushed, QStringLiteral("push")));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    window.ticketView()->selectTickets({id});
    TicketEditor *editor = window.ticketEditor();
    QCOMPARE(editor->ticketId(), id);
    editor->labelsField()->setFocus();
    editor->labelsField()->setText(editor->labelsField()->text() + QStringLiteral(", growth"));
    QTest::keyClick(editor->labelsField(), Qt::Key_Return);
    const Ticket stored = storedTicket(m_path, id);
    QVERIFY(stored.changedLocally);
    QCOMPARE(stored.status, TicketStatus::Pushed);
    const int row = window.ticketView()->model()->rowOfTicket(id);
    const QString status =
        window.ticketView()->model()->index(row, TicketTableModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QStringLiteral("changed locally")), qPrintable(status));
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("editorStatus"))
                ->text()
                .contains(QStringLiteral("changed locally")));
}

void TestReviewGui::problemsAreShownNextToTheirField()
{
    MainWindow window;
    window.show();
    QVERIFY(openWithGeneratedSample(window, m_path));
    const QList<Ticket> tickets = window.ticketView()->model()->tickets();
    Ticket a = tickets.at(1);
    Ticket b = tickets.at(2);
    a.dependencies = {b.id};
    b.dependencies = {a.id};
    for (int i = 0; i < 9; ++i)
        a.acceptanceCriteria.append(QStringLiteral("Criterion %1").arg(i));
    QVERIFY(window.reviewSession()->apply({{tickets.at(1), a}, {tickets.at(2), b}}, QStringLiteral("test")));
    window.ticketView()->selectTickets({a.id});
    TicketEditor *editor = window.ticketEditor();
    QVERIFY(editor->problemText(QStringLiteral("acceptance_criteria")).contains(QStringLiteral("at most 8")));
    QVERIFY(editor->problemText(QStringLiteral("dependencies")).contains(QStringLiteral("cycle")));
    QVERIFY(editor->problemText(QStringLiteral("title")).isEmpty());
    QVERIFY(!editor->criteriaEditor()->findChild<QPushButton *>(QStringLiteral("addCriterion"))->isEnabled());
    // The dependency list names the ticket it waits for.
    QCOMPARE(editor->dependencyList()->count(), 1);
    QCOMPARE(editor->dependencyList()->item(0)->text(), b.title);
}

void TestReviewGui::compareShowsWhatChangedSinceTheDraft()
{
    MainWindow window;
    window.show();
    QVERIFY(openWithGeneratedSample(window, m_path));
    const Ticket original = window.ticketView()->model()->tickets().at(3);
    Ticket edited = original;
    edited.title = QStringLiteral("Renamed in review");
    QVERIFY(window.reviewSession()->editTicket(edited, QStringLiteral("Edit Title")));
    window.ticketView()->selectTickets({original.id});

    QStringList rows;
    whenDialogOpens<DraftDiffDialog>([&rows](DraftDiffDialog *dialog) {
        QTreeWidget *table = dialog->table();
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            rows.append(table->topLevelItem(i)->text(0) + QLatin1Char('|') + table->topLevelItem(i)->text(1) +
                        QLatin1Char('|') + table->topLevelItem(i)->text(2));
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(rows, QStringList{QStringLiteral("Title|%1|Renamed in review").arg(original.title)});
}

void TestReviewGui::shortcutSheetListsTheMenuShortcuts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList entries;
    whenDialogOpens<ShortcutsDialog>([&entries](ShortcutsDialog *dialog) {
        entries = dialog->entries();
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    const QString sheet = entries.join(QLatin1Char('\n'));
    for (const QString &expected :
         {QStringLiteral("Edit › Undo: Ctrl+Z"), QStringLiteral("Tickets › Mark Reviewed: Ctrl+R"),
          QStringLiteral("Tickets › Next Ticket: Alt+Down"),
          QStringLiteral("Tickets › Jump to Source Block: Ctrl+J"),
          QStringLiteral("Edit › Bulk Edit: Ctrl+B"), QStringLiteral("Tickets › Search Tickets: Ctrl+F")})
        QVERIFY2(sheet.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + sheet));
}

void TestReviewGui::everyControlHasAnAccessibleNameAndTabReachesEveryField()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openWithGeneratedSample(window, m_path));
    window.ticketView()->selectTickets({window.ticketView()->model()->tickets().at(2).id});

    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        // Parts of a named control: a view's viewport, a spin box's text field.
        if (qobject_cast<QAbstractItemView *>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // Tab from the title walks through every field of the editor.
    TicketEditor *editor = window.ticketEditor();
    editor->focusTitle();
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        reached.insert(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const QString &field :
         {QStringLiteral("titleField"), QStringLiteral("typeField"), QStringLiteral("priorityField"),
          QStringLiteral("labelsField"), QStringLiteral("bodyField"), QStringLiteral("criteriaList"),
          QStringLiteral("effortField"), QStringLiteral("storyPointsField"), QStringLiteral("dependencyList"),
          QStringLiteral("parentField"), QStringLiteral("componentField"), QStringLiteral("milestoneField")})
        QVERIFY2(reached.contains(field), qPrintable(field));
}

void TestReviewGui::darkAppearanceChangesThePalette()
{
    MainWindow window;
    window.show();
    QAction *dark = nullptr;
    QAction *light = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Dark"))
            dark = action;
        if (action->text() == QStringLiteral("&Light"))
            light = action;
    }
    QVERIFY(dark && light);
    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    light->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 100);
}

void TestReviewGui::hierarchyAndDependencyViewsFollowTheEdits()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openWithGeneratedSample(window, m_path));
    TicketTableView *view = window.ticketView();
    const QList<Ticket> tickets = view->model()->tickets();

    // Ctrl+T: the hierarchy. Stories sit under their epic, so fewer rows are at the top.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(view->isHierarchical());
    QVERIFY(view->tree()->isVisible());
    const int topLevel = view->tree()->model()->rowCount();
    QVERIFY2(topLevel < tickets.size(), qPrintable(QString::number(topLevel)));

    // Selecting in the tree drives the editor; re-parenting moves the row.
    const Ticket task = tickets.last();
    view->selectTickets({task.id});
    QCOMPARE(window.ticketEditor()->ticketId(), task.id);
    Ticket moved = task;
    moved.parentId = tickets.first().id;
    QVERIFY(window.reviewSession()->editTicket(moved, QStringLiteral("Change Parent")));
    const QModelIndex inTree = view->treeModel()->indexOfTicket(task.id);
    QCOMPARE(inTree.parent().data(TicketTableModel::TicketIdRole).toString(), tickets.first().id);
    QCOMPARE(view->currentTicketId(), task.id);

    // Ctrl+4: the dependency picture, which shows a cycle as soon as one is made.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(window.dependencyView()->isVisible());
    QCOMPARE(window.dependencyView()->cycleCount(), 0);
    Ticket a = view->model()->tickets().at(1);
    Ticket b = view->model()->tickets().at(2);
    const Ticket aBefore = a;
    const Ticket bBefore = b;
    a.dependencies = {b.id};
    b.dependencies = {a.id};
    QVERIFY(window.reviewSession()->apply({{aBefore, a}, {bBefore, b}}, QStringLiteral("Make a cycle")));
    QCOMPARE(window.dependencyView()->cycleCount(), 1);
    QVERIFY(window.dependencyView()->ticketIdsOnCycles().contains(a.id));
    window.undoGroup()->undo();
    QCOMPARE(window.dependencyView()->cycleCount(), 0);

    // Back to the table: the selection comes along.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(!view->isHierarchical());
    QCOMPARE(view->currentTicketId(), task.id);
}

void TestReviewGui::cellsAreEditableInPlaceAndUndoable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openWithGeneratedSample(window, m_path));
    QTableView *table = window.ticketView()->table();
    const QModelIndex title = table->model()->index(2, TicketTableModel::TitleColumn);
    const QString id = title.data(TicketTableModel::TicketIdRole).toString();
    const QString before = title.data().toString();

    // F2 on the title cell, a new title, Enter: saved as one undoable step.
    table->setFocus();
    table->setCurrentIndex(title);
    QTest::keyClick(table, Qt::Key_F2);
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cell);
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("Renamed in the list"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(storedTicket(m_path, id).title, QStringLiteral("Renamed in the list")); // committed queued
    QCOMPARE(window.ticketEditor()->titleField()->text(), QStringLiteral("Renamed in the list"));

    // Priority through its choice list.
    const QModelIndex priority = table->model()->index(2, TicketTableModel::PriorityColumn);
    table->setCurrentIndex(priority);
    QTest::keyClick(table, Qt::Key_F2);
    auto *choices = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(choices);
    choices->setCurrentIndex(choices->findData(int(Priority::P1)));
    QTest::keyClick(choices, Qt::Key_Return);
    QTRY_COMPARE(storedTicket(m_path, id).priority, Priority::P1);

    // An empty title is refused, not saved.
    table->setCurrentIndex(title);
    QVERIFY(!table->model()->setData(table->currentIndex(), QStringLiteral("   ")));
    QCOMPARE(storedTicket(m_path, id).title, QStringLiteral("Renamed in the list"));

    window.undoGroup()->undo();
    window.undoGroup()->undo();
    QCOMPARE(storedTicket(m_path, id).title, before);
}

void TestReviewGui::theParentListFillsWhenTheFieldIsReachedAndExcludesDescendants()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openWithGeneratedSample(window, m_path));
    const QList<Ticket> tickets = window.ticketView()->model()->tickets();
    Ticket child = tickets.at(3);
    const Ticket before = child;
    child.parentId = tickets.at(2).id;
    QVERIFY(window.reviewSession()->apply({{before, child}}, QStringLiteral("Change Parent")));
    window.ticketView()->selectTickets({tickets.at(2).id});

    auto *parent = window.ticketEditor()->parentField();
    QCOMPARE(parent->count(), 1 + (tickets.at(2).parentId.isEmpty() ? 0 : 1)); // not built yet
    parent->setFocus(); // the PM tabs to it: now every possible parent is there
    QTRY_VERIFY(parent->count() > 2);
    QVERIFY(parent->findData(tickets.at(2).id) < 0); // not itself
    QVERIFY(parent->findData(child.id) < 0);         // nor its own child
    parent->setCurrentIndex(parent->findData(tickets.at(0).id) - 1);
    QTest::keyClick(parent, Qt::Key_Down);
    QCOMPARE(storedTicket(m_path, tickets.at(2).id).parentId, tickets.at(0).id);
}

QTEST_MAIN(TestReviewGui)
#include "tst_review_gui.moc"
