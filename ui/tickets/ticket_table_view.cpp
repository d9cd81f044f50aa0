#include "ticket_table_view.h"

#include "items/ticket_filter_model.h"
#include "items/ticket_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace docket {

TicketTableView::TicketTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TicketTableModel(this))
    , m_proxy(new TicketFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_proxy->setSourceModel(m_model);

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
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TicketFilterModel::setSearchText);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &TicketFilterModel::setOnlyWithProblems);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_statusFilter->currentData();
        m_proxy->setStatus(status.isValid() ? std::optional(TicketStatus(status.toInt())) : std::nullopt);
    });

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
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(TicketTableModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {TicketTableModel::TypeColumn, TicketTableModel::PriorityColumn, TicketTableModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketTableModel::LabelsColumn, QHeaderView::Interactive);
    header->resizeSection(TicketTableModel::LabelsColumn, 160);
    m_table->setAccessibleName(tr("Ticket drafts"));

    m_emptyState->setObjectName(QStringLiteral("ticketEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setText(tr("No ticket drafts for this document yet."));

    auto *tablePage = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_problemsOnly);
    auto *pageLayout = new QVBoxLayout(tablePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(filters);
    pageLayout->addWidget(m_table, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(tablePage);
    setTickets({});
}

void TicketTableView::setTickets(QList<Ticket> tickets)
{
    m_model->setTickets(std::move(tickets));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

} // namespace docket

namespace docket {

QString TicketTableView::currentTicketId() const
{
    return m_table->currentIndex().data(TicketTableModel::TicketIdRole).toString();
}

void TicketTableView::selectTickets(const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int sourceRow = m_model->rowOfTicket(id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (sourceRow < 0 || !index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(first);
}

void TicketTableView::moveCurrent(int delta, bool extend)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row =
        current.isValid() ? qBound(0, current.row() + delta, rows - 1) : (delta > 0 ? 0 : rows - 1);
    const QModelIndex target = m_proxy->index(row, 0);
    const auto flags = extend ? QItemSelectionModel::Select | QItemSelectionModel::Rows
                              : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    m_table->selectionModel()->setCurrentIndex(target, flags);
    m_table->scrollTo(target);
}

void TicketTableView::refreshEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

QStringList TicketTableView::selectedTicketIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(TicketTableModel::TicketIdRole).toString());
    return ids;
}

} // namespace docket
