#pragma once

#include "domain/ticket.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedLayout;
class QTableView;

namespace docket {

class TicketFilterModel;
class TicketTableModel;

// The middle pane: the ticket drafts of the current document, sortable.
class TicketTableView : public QWidget {
    Q_OBJECT
public:
    explicit TicketTableView(QWidget *parent = nullptr);

    void setTickets(QList<Ticket> tickets);
    TicketTableModel *model() const { return m_model; }
    TicketFilterModel *filterModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

    // The ids of the selected tickets, in table order.
    QStringList selectedTicketIds() const;
    QString currentTicketId() const;
    // Selects these tickets (those the filter shows) and makes the first one current.
    void selectTickets(const QStringList &ids);
    // Moves the current row by `delta` visible rows; with `extend`, grows the selection instead.
    void moveCurrent(int delta, bool extend);
    // Shows the table or the empty state, whichever fits the model now.
    void refreshEmptyState();

private:
    TicketTableModel *m_model;
    TicketFilterModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QCheckBox *m_problemsOnly;
    QTableView *m_table;
    QLabel *m_emptyState;
    QStackedLayout *m_stack;
};

} // namespace docket
