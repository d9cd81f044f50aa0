// MainWindow's review commands: the editor pane, undo/redo, bulk edit, split, merge, delete,
// keyboard navigation and the shortcut sheet. Kept apart from the window's set-up.
#include "bulk/bulk_edit_dialog.h"
#include "common/appearance.h"
#include "common/message_bar.h"
#include "dependencies/dependency_view.h"
#include "document/document_view.h"
#include "domain/ticket_diff.h"
#include "editor/draft_diff_dialog.h"
#include "editor/ticket_editor.h"
#include "help/shortcuts_dialog.h"
#include "items/ticket_table_model.h"
#include "items/ticket_tree_model.h"
#include "main_window.h"
#include "review/draft_history.h"
#include "review/review_session.h"
#include "store/workspace.h"
#include "tickets/ticket_table_view.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace docket {

void MainWindow::createEditActions()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Both common redo keys, whatever the platform's first choice is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(keys))
            redoKeys.append(keys);
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redoAction"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    addAction(undo);
    addAction(redo);
    editMenu->addSeparator();

    const auto add = [&](const QString &text, const QKeySequence &keys, const QString &name, auto slot) {
        QAction *action = editMenu->addAction(text, this, slot);
        action->setShortcut(keys);
        action->setObjectName(name);
        addAction(action);
        return action;
    };
    add(tr("&Edit Ticket"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("editTicketAction"),
        [this] { m_editor->focusTitle(); });
    add(tr("&Bulk Edit…"), QKeySequence(Qt::CTRL | Qt::Key_B), QStringLiteral("bulkEditAction"),
        [this] { bulkEditSelected(); });
    add(tr("&Split Ticket…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("splitAction"),
        [this] { splitCurrentTicket(); });
    add(tr("&Merge Tickets"), QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("mergeAction"),
        [this] { mergeSelected(); });
    add(tr("Compare with &Generated Draft…"), QKeySequence(Qt::CTRL | Qt::Key_D),
        QStringLiteral("compareAction"), [this] { compareWithDraft(m_ticketView->currentTicketId()); });
    // Delete only from the ticket list: in a text field the key deletes text.
    QAction *remove = editMenu->addAction(tr("&Delete Tickets"), this, &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    remove->setObjectName(QStringLiteral("deleteAction"));
    m_ticketView->table()->addAction(remove);
    m_ticketView->tree()->addAction(remove);
}

void MainWindow::createNavigationActions(QMenu *ticketsMenu, QMenu *viewMenu)
{
    ticketsMenu->addSeparator();
    const auto add = [&](QMenu *menu, const QString &text, const QKeySequence &keys, const QString &name,
                         auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setShortcut(keys);
        action->setObjectName(name);
        addAction(action);
    };
    add(ticketsMenu, tr("&Next Ticket"), QKeySequence(Qt::ALT | Qt::Key_Down),
        QStringLiteral("nextTicketAction"), [this] { m_ticketView->moveCurrent(1, false); });
    add(ticketsMenu, tr("&Previous Ticket"), QKeySequence(Qt::ALT | Qt::Key_Up),
        QStringLiteral("previousTicketAction"), [this] { m_ticketView->moveCurrent(-1, false); });
    add(ticketsMenu, tr("E&xtend Selection Down"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
        QStringLiteral("extendDownAction"), [this] { m_ticketView->moveCurrent(1, true); });
    add(ticketsMenu, tr("Exten&d Selection Up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
        QStringLiteral("extendUpAction"), [this] { m_ticketView->moveCurrent(-1, true); });
    add(ticketsMenu, tr("&Jump to Source Block"), QKeySequence(Qt::CTRL | Qt::Key_J),
        QStringLiteral("jumpToSourceAction"), [this] {
            const TicketTableModel *tickets = m_ticketView->model();
            const Ticket *current = tickets->ticketAt(tickets->rowOfTicket(m_ticketView->currentTicketId()));
            selectSourceBlock(current ? current->blockId : QString());
            m_documentView->blockTree()->setFocus(Qt::ShortcutFocusReason);
        });
    add(viewMenu, tr("Focus &Editor"), QKeySequence(Qt::CTRL | Qt::Key_3),
        QStringLiteral("focusEditorAction"), [this] { m_editor->focusTitle(); });
    add(viewMenu, tr("Show &Dependencies"), QKeySequence(Qt::CTRL | Qt::Key_4),
        QStringLiteral("dependenciesAction"), [this] {
            m_rightTabs->setCurrentWidget(m_dependencyView);
            m_dependencyView->selectTicket(m_ticketView->currentTicketId());
        });
    QAction *hierarchy = viewMenu->addAction(tr("Show Tickets as &Hierarchy"));
    hierarchy->setObjectName(QStringLiteral("hierarchyAction"));
    hierarchy->setCheckable(true);
    hierarchy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    hierarchy->setChecked(QSettings().value(QStringLiteral("tickets/hierarchical"), false).toBool());
    m_ticketView->setHierarchical(hierarchy->isChecked());
    addAction(hierarchy);
    connect(hierarchy, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("tickets/hierarchical"), on);
        m_rightTabs->setCurrentWidget(m_ticketView);
        m_ticketView->setHierarchical(on);
        m_ticketView->focusList();
    });
}

void MainWindow::createAppearanceMenu(QMenu *viewMenu)
{
    QMenu *appearance = viewMenu->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, Appearance::Mode>> modes{
        {tr("Follow the &System"), Appearance::Mode::System},
        {tr("&Light"), Appearance::Mode::Light},
        {tr("&Dark"), Appearance::Mode::Dark}};
    for (const auto &[text, mode] : modes) {
        QAction *action = appearance->addAction(text);
        action->setCheckable(true);
        action->setChecked(Appearance::saved() == mode);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            Appearance::save(mode);
            Appearance::apply(mode);
        });
    }
}

void MainWindow::startReviewSession()
{
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_session.reset();
    if (!m_workspace)
        return;
    m_session = std::make_unique<ReviewSession>(*m_workspace, QStringLiteral("gui"));
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &ReviewSession::ticketsChanged, this, &MainWindow::applyTicketChanges);
    // Edits typed into the list's cells become the same undoable steps as the editor's.
    const auto editInPlace = [this](const Ticket &after, const QString &description) {
        return editFromView(after, description, {});
    };
    m_ticketView->model()->setEditHandler(editInPlace);
    m_ticketView->treeModel()->setEditHandler(editInPlace);
    connect(m_session.get(), &ReviewSession::failed, this, &MainWindow::showError);
}

void MainWindow::showCurrentTicketInEditor()
{
    const int row = m_ticketView->model()->rowOfTicket(m_ticketView->currentTicketId());
    const Ticket *ticket = m_ticketView->model()->ticketAt(row);
    if (ticket)
        m_editor->setTicket(*ticket, m_ticketView->model()->tickets());
    else
        m_editor->clear();
}

void MainWindow::applyTicketChanges(const QString &documentId, const QList<Ticket> &current,
                                    const QStringList &removedIds)
{
    if (documentId != m_documentView->currentDocumentId()) {
        // An undo reached into another document: show it, with the change applied.
        m_documentView->setCurrentDocument(documentId);
        return;
    }
    m_ticketView->applyChanges(current, removedIds);
    refreshDependencyView();
    if (removedIds.contains(m_editor->ticketId()) || m_ticketView->currentTicketId().isEmpty())
        m_editor->clear();
    showCurrentTicketInEditor();
}

bool MainWindow::editFromView(const Ticket &after, const QString &description, const QString &mergeKey)
{
    // The list's copy is what the PM was looking at: the edit applies only if it is still current.
    const TicketTableModel *tickets = m_ticketView->model();
    const Ticket *base = tickets->ticketAt(tickets->rowOfTicket(after.id));
    if (!m_session || !base)
        return false;
    return bool(m_session->editTicketFrom(*base, after, description, mergeKey));
}

void MainWindow::refreshDependencyView()
{
    // Laid out only when shown: a large document's picture is not free.
    if (m_rightTabs->currentWidget() == m_dependencyView)
        m_dependencyView->setTickets(m_ticketView->model()->tickets());
}

void MainWindow::runBulkEdit(const BulkEdit &edit)
{
    const QStringList ids = m_ticketView->selectedTicketIds();
    if (!m_session || ids.isEmpty() || edit.isEmpty())
        return;
    m_editor->commitPendingEdits();
    auto refused = m_session->bulkEdit(ids, edit);
    if (!refused) {
        showError(refused.error().toString());
        return;
    }
    const int changed = int(ids.size() - refused.value().size());
    statusBar()->showMessage(tr("Changed %n ticket(s). Undo with Ctrl+Z.", nullptr, changed), 6000);
    if (!refused.value().isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  refused.value().join(QStringLiteral("\n\n")));
}

void MainWindow::markSelectedReviewed()
{
    BulkEdit edit;
    edit.status = TicketStatus::Reviewed;
    runBulkEdit(edit);
}

void MainWindow::bulkEditSelected()
{
    const QStringList ids = m_ticketView->selectedTicketIds();
    if (!m_session || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the tickets to edit first."), 5000);
        return;
    }
    BulkEditDialog dialog(int(ids.size()), m_ticketView->model()->tickets(), ids, this);
    if (dialog.exec() == QDialog::Accepted)
        runBulkEdit(dialog.edit());
}

void MainWindow::splitCurrentTicket()
{
    const QString id = m_ticketView->currentTicketId();
    const Ticket *ticket = m_ticketView->model()->ticketAt(m_ticketView->model()->rowOfTicket(id));
    if (!m_session || !ticket)
        return;
    m_editor->commitPendingEdits();
    bool accepted = false;
    const QString titles = QInputDialog::getMultiLineText(
        this, tr("Split Ticket"),
        tr("One title per line. The first stays with this ticket; each further line becomes a new "
           "ticket with the same body, criteria and labels."),
        ticket->title + QLatin1Char('\n') + ticket->title + tr(" (part 2)"), &accepted);
    if (!accepted)
        return;
    const QString original = ticket->id;
    const QSet<QString> before = [this] {
        QSet<QString> ids;
        for (const Ticket &t : m_ticketView->model()->tickets())
            ids.insert(t.id);
        return ids;
    }();
    if (Status split = m_session->split(original, titles.split(QLatin1Char('\n'))); !split) {
        showError(split.error().toString());
        return;
    }
    QStringList parts{original};
    for (const Ticket &t : m_ticketView->model()->tickets())
        if (!before.contains(t.id))
            parts.append(t.id);
    m_ticketView->selectTickets(parts);
    statusBar()->showMessage(tr("Split into %n ticket(s). Undo with Ctrl+Z.", nullptr, int(parts.size())),
                             6000);
}

void MainWindow::mergeSelected()
{
    QStringList ids = m_ticketView->selectedTicketIds();
    if (!m_session || ids.size() < 2) {
        statusBar()->showMessage(tr("Select two or more tickets to merge."), 5000);
        return;
    }
    // The current ticket is the one the others merge into.
    const QString current = m_ticketView->currentTicketId();
    if (ids.removeAll(current) > 0)
        ids.prepend(current);
    m_editor->commitPendingEdits();
    if (Status merged = m_session->merge(ids); !merged) {
        showError(merged.error().toString());
        return;
    }
    m_ticketView->selectTickets({ids.first()});
    statusBar()->showMessage(tr("Merged %n ticket(s) into one. Undo with Ctrl+Z.", nullptr, int(ids.size())),
                             6000);
}

void MainWindow::deleteSelected()
{
    const QStringList ids = m_ticketView->selectedTicketIds();
    if (!m_session || ids.isEmpty())
        return;
    // The ticket after the deleted ones becomes current, so Delete can be pressed again.
    const QString next = m_ticketView->neighbourOutside(ids);
    m_editor->commitPendingEdits();
    if (Status removed = m_session->remove(ids); !removed) {
        showError(removed.error().toString());
        return;
    }
    m_ticketView->selectTickets({next});
    statusBar()->showMessage(tr("Deleted %n ticket(s). Undo with Ctrl+Z.", nullptr, int(ids.size())), 6000);
}

void MainWindow::compareWithDraft(const QString &ticketId)
{
    if (!m_workspace || ticketId.isEmpty())
        return;
    m_editor->commitPendingEdits();
    auto now = m_workspace->ticket(ticketId);
    auto generated =
        now ? generatedVersion(*m_workspace, ticketId) : Result<std::optional<Ticket>>(now.error());
    if (!generated) {
        showError(generated.error().toString());
        return;
    }
    if (!generated.value()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("\"%1\" was written in Docket, not generated, so there is no draft to "
                                     "compare it with.")
                                      .arg(now.value().title));
        return;
    }
    QHash<QString, QString> titles;
    for (const Ticket &ticket : m_ticketView->model()->tickets())
        titles.insert(ticket.id, ticket.title);
    DraftDiffDialog dialog(now.value().title, diffTickets(*generated.value(), now.value()), titles, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

} // namespace docket
