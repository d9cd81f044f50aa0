#include "ticket_table_view.h"

#include "items/ticket_filter_model.h"
#include "items/ticket_table_model.h"
#include "items/ticket_tree_model.h"
#include "ticket_cell_delegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace docket {

namespace {

void setUpColumns(QHeaderView *header)
{
    header->setSectionResizeMode(TicketTableModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {TicketTableModel::TypeColumn, TicketTableModel::PriorityColumn, TicketTableModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketTableModel::LabelsColumn, QHeaderView::Interactive);
    header->resizeSection(TicketTableModel::LabelsColumn, 160);
    header->setStretchLastSection(false);
}

} // namespace

TicketTableView::TicketTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TicketTableModel(this))
    , m_proxy(new TicketFilterModel(this))
    , m_treeModel(new TicketTreeModel(this))
    , m_treeProxy(new TicketFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_table(new QTableView(this))
    , m_tree(new QTreeView(this))
    , m_views(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_proxy->setSourceModel(m_model);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true); // a matching task keeps its epic in view

    m_search->setObjectName(QStringLiteral("ticketSearch"));
    m_search->setPlaceholderText(tr("Search titles, bodies, labels, criteria (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show tickets with status"));
    m_statusFilter->addItem(tr("All statuses"));
    for (TicketStatus status : {TicketStatus::Generated, TicketStatus::Reviewed, TicketStatus::Pushed,
                                TicketStatus::PushFailed, TicketStatus::Synced})
        m_statusFilter->addItem(TicketTableModel::statusIcon(status),
                                TicketTableModel::statusDisplayName(status), int(status));
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    for (TicketFilterModel *proxy : {m_proxy, m_treeProxy}) {
        connect(m_search, &QLineEdit::textChanged, proxy, &TicketFilterModel::setSearchText);
        connect(m_problemsOnly, &QCheckBox::toggled, proxy, &TicketFilterModel::setOnlyWithProblems);
        connect(m_statusFilter, &QComboBox::currentIndexChanged, proxy, [this, proxy] {
            const QVariant status = m_statusFilter->currentData();
            proxy->setStatus(status.isValid() ? std::optional(TicketStatus(status.toInt())) : std::nullopt);
        });
    }

    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // document order until the PM sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    setUpColumns(m_table->horizontalHeader());
    m_table->setAccessibleName(tr("Ticket drafts"));
    m_table->setItemDelegate(new TicketCellDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);

    m_tree->setObjectName(QStringLiteral("ticketTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Ticket hierarchy"));
    m_tree->setItemDelegate(new TicketCellDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    setUpColumns(m_tree->header());

    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_tree)})
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (view == activeView())
                        emit currentTicketChanged(current.data(TicketTableModel::TicketIdRole).toString());
                });
    m_views->addWidget(m_table);
    m_views->addWidget(m_tree);

    m_emptyState->setObjectName(QStringLiteral("ticketEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setText(tr("No ticket drafts for this document yet. Generate them with Tickets › "
                             "Generate Drafts (Ctrl+G)."));

    auto *tablePage = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_problemsOnly);
    auto *pageLayout = new QVBoxLayout(tablePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(filters);
    pageLayout->addWidget(m_views, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(tablePage);
    setTickets({});
}

void TicketTableView::setTickets(QList<Ticket> tickets)
{
    m_model->setTickets(std::move(tickets));
    if (isHierarchical())
        rebuildTree();
    refreshEmptyState();
}

void TicketTableView::applyChanges(const QList<Ticket> &current, const QStringList &removedIds)
{
    m_model->applyChanges(current, removedIds);
    if (isHierarchical()) {
        // A parent change moves a row across the tree; rebuilding keeps that simple and exact.
        const QStringList selected = selectedTicketIds();
        const QString currentId = currentTicketId();
        rebuildTree();
        QStringList keep{currentId};
        keep.append(selected);
        keep.removeAll(QString());
        keep.removeDuplicates();
        selectTickets(keep, false);
    }
    refreshEmptyState();
}

QAbstractItemView *TicketTableView::activeView() const
{
    return isHierarchical() ? static_cast<QAbstractItemView *>(m_tree) : m_table;
}

void TicketTableView::setHierarchical(bool hierarchical)
{
    if (hierarchical == isHierarchical())
        return;
    const QStringList selected = selectedTicketIds();
    const QString current = currentTicketId();
    if (hierarchical)
        rebuildTree();
    m_views->setCurrentWidget(hierarchical ? static_cast<QWidget *>(m_tree) : m_table);
    QStringList keep{current};
    keep.append(selected);
    keep.removeAll(QString());
    keep.removeDuplicates();
    selectTickets(keep, false);
}

bool TicketTableView::isHierarchical() const
{
    return m_views->currentWidget() == m_tree;
}

void TicketTableView::rebuildTree()
{
    m_treeModel->setTickets(m_model->tickets());
    m_tree->expandAll();
}

QModelIndex TicketTableView::viewIndexOf(const QString &ticketId) const
{
    if (isHierarchical())
        return m_treeProxy->mapFromSource(m_treeModel->indexOfTicket(ticketId));
    const int sourceRow = m_model->rowOfTicket(ticketId);
    return sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
}

QString TicketTableView::currentTicketId() const
{
    return activeView()->currentIndex().data(TicketTableModel::TicketIdRole).toString();
}

QStringList TicketTableView::selectedTicketIds() const
{
    QStringList ids;
    for (const QModelIndex &row : activeView()->selectionModel()->selectedRows())
        ids.append(row.data(TicketTableModel::TicketIdRole).toString());
    return ids;
}

void TicketTableView::selectTickets(const QStringList &ids, bool notify)
{
    QAbstractItemView *view = activeView();
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const QModelIndex index = viewIndexOf(id);
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(view->model()->columnCount(index.parent()) - 1));
        if (!first.isValid())
            first = index;
    }
    const QSignalBlocker blocker(notify ? nullptr : view->selectionModel());
    if (!first.isValid()) {
        view->selectionModel()->clear();
        view->viewport()->update();
        return;
    }
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(first);
    view->viewport()->update();
    if (notify)
        emit currentTicketChanged(currentTicketId());
}

void TicketTableView::moveCurrent(int delta, bool extend)
{
    QAbstractItemView *view = activeView();
    const QModelIndex current = view->currentIndex();
    QModelIndex target;
    if (isHierarchical()) {
        target = current.isValid() ? current : m_tree->model()->index(0, 0);
        for (int step = 0; current.isValid() && step < qAbs(delta); ++step) {
            const QModelIndex next = delta > 0 ? m_tree->indexBelow(target) : m_tree->indexAbove(target);
            if (!next.isValid())
                break;
            target = next;
        }
    } else {
        const int rows = m_proxy->rowCount();
        if (rows == 0)
            return;
        const int row =
            current.isValid() ? qBound(0, current.row() + delta, rows - 1) : (delta > 0 ? 0 : rows - 1);
        target = m_proxy->index(row, 0);
    }
    if (!target.isValid())
        return;
    const auto flags = extend ? QItemSelectionModel::Select | QItemSelectionModel::Rows
                              : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    view->selectionModel()->setCurrentIndex(target, flags);
    view->scrollTo(target);
}

void TicketTableView::focusList()
{
    activeView()->setFocus(Qt::ShortcutFocusReason);
    if (!activeView()->currentIndex().isValid())
        moveCurrent(1, false);
}

QString TicketTableView::neighbourOutside(const QStringList &ids) const
{
    // Every visible row in view order, then the nearest outsider after the current one.
    QList<QModelIndex> rows;
    if (isHierarchical()) {
        for (QModelIndex index = m_tree->model()->index(0, 0); index.isValid();
             index = m_tree->indexBelow(index))
            rows.append(index);
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->index(row, 0));
    }
    const QModelIndex current = activeView()->currentIndex().siblingAtColumn(0);
    const qsizetype at = qMax<qsizetype>(0, rows.indexOf(current));
    const auto outside = [&](qsizetype i) {
        const QString id = rows.at(i).data(TicketTableModel::TicketIdRole).toString();
        return ids.contains(id) ? QString() : id;
    };
    for (qsizetype i = at; i < rows.size(); ++i)
        if (const QString id = outside(i); !id.isEmpty())
            return id;
    for (qsizetype i = at - 1; i >= 0; --i)
        if (const QString id = outside(i); !id.isEmpty())
            return id;
    return {};
}

void TicketTableView::refreshEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

} // namespace docket
