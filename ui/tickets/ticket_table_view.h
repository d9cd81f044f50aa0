#pragma once

#include "domain/ticket.h"

#include <QWidget>

class QAbstractItemView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedLayout;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace docket {

class TicketFilterModel;
class TicketTableModel;
class TicketTreeModel;

// The middle pane: the ticket drafts of the current document, as a sortable table or as the
// epic -> story -> task hierarchy, with the same filters and search for both.
class TicketTableView : public QWidget {
    Q_OBJECT
public:
    explicit TicketTableView(QWidget *parent = nullptr);

    void setTickets(QList<Ticket> tickets);
    // Changed tickets update in place, new ones appear, removed ones go; the selection stays.
    void applyChanges(const QList<Ticket> &current, const QStringList &removedIds);

    TicketTableModel *model() const { return m_model; }
    TicketFilterModel *filterModel() const { return m_proxy; }
    TicketTreeModel *treeModel() const { return m_treeModel; }
    QTableView *table() const { return m_table; }
    QTreeView *tree() const { return m_tree; }
    QAbstractItemView *activeView() const;
    QLineEdit *searchField() const { return m_search; }

    void setHierarchical(bool hierarchical);
    bool isHierarchical() const;

    // The ids of the selected tickets, in view order.
    QStringList selectedTicketIds() const;
    QString currentTicketId() const;
    // Selects these tickets (those the filters show) and makes the first one current. With
    // notify false, currentTicketChanged stays quiet (the block side asked for it).
    void selectTickets(const QStringList &ids, bool notify = true);
    // Moves the current row by `delta` visible rows; with `extend`, grows the selection instead.
    void moveCurrent(int delta, bool extend);
    void focusList();
    // The first ticket after the current one (or else before it) that is not in `ids`.
    QString neighbourOutside(const QStringList &ids) const;

signals:
    void currentTicketChanged(const QString &ticketId);

private:
    void refreshEmptyState();
    void rebuildTree();
    QModelIndex viewIndexOf(const QString &ticketId) const;

    TicketTableModel *m_model;
    TicketFilterModel *m_proxy;
    TicketTreeModel *m_treeModel;
    TicketFilterModel *m_treeProxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QCheckBox *m_problemsOnly;
    QTableView *m_table;
    QTreeView *m_tree;
    QStackedWidget *m_views;
    QLabel *m_emptyState;
    QStackedLayout *m_stack;
};

} // namespace docket
