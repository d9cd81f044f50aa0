#pragma once

#include "domain/ticket.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace docket {

class TicketTableModel;

// The middle pane: the ticket drafts of the current document, sortable.
class TicketTableView : public QWidget {
    Q_OBJECT
public:
    explicit TicketTableView(QWidget *parent = nullptr);

    void setTickets(QList<Ticket> tickets);
    TicketTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    TicketTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_emptyState;
    QStackedLayout *m_stack;
};

} // namespace docket
