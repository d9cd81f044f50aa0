#include "ticket_table_view.h"

#include "items/ticket_table_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>

namespace docket {

TicketTableView::TicketTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TicketTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TicketTableModel::SortRole);

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

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);
    setTickets({});
}

void TicketTableView::setTickets(QList<Ticket> tickets)
{
    m_model->setTickets(std::move(tickets));
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyState) : m_table);
}

} // namespace docket
