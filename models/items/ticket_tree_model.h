#pragma once

#include "domain/ticket.h"
#include "ticket_table_model.h"

#include <QAbstractItemModel>
#include <QHash>

namespace docket {

// The tickets of a document as a tree that follows Ticket::parentId (epic -> story -> task, any
// depth), with the columns and roles of TicketTableModel so the same proxies and delegates work.
// A ticket whose parent is missing, itself, or on a parent cycle sits at the top level: every
// ticket appears exactly once. Read-only; edits go through ReviewSession and come back here.
class TicketTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit TicketTreeModel(QObject *parent = nullptr);

    void setTickets(QList<Ticket> tickets);
    const QList<Ticket> &tickets() const { return m_tickets; }
    QModelIndex indexOfTicket(const QString &ticketId) const;
    const Ticket *ticketAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The same in-place edits as the table, through the same kind of handler.
    void setEditHandler(TicketTableModel::EditHandler handler) { m_editHandler = std::move(handler); }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    // One per ticket, at the ticket's position in m_tickets; an index's internalId is that position.
    struct Node {
        int parent = -1; // position of the parent ticket, -1 at the top level
        int row = 0;     // row under the parent
        QList<int> children;
    };

    void buildTree();
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    QList<Ticket> m_tickets;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<QString, int> m_positionById;
    TicketTableModel::EditHandler m_editHandler;
};

} // namespace docket
