#include "ticket_tree_model.h"

#include "ticket_table_model.h"

namespace docket {

namespace {

const QList<int> kNoChildren;

} // namespace

TicketTreeModel::TicketTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TicketTreeModel::setTickets(QList<Ticket> tickets)
{
    beginResetModel();
    m_tickets = std::move(tickets);
    buildTree();
    endResetModel();
}

void TicketTreeModel::buildTree()
{
    m_positionById.clear();
    m_topLevel.clear();
    m_nodes = QList<Node>(m_tickets.size());
    for (int position = 0; position < m_tickets.size(); ++position) {
        if (!m_positionById.contains(m_tickets.at(position).id)) // the first of duplicate ids wins
            m_positionById.insert(m_tickets.at(position).id, position);
    }

    QList<int> parentOf(m_tickets.size(), -1);
    for (int position = 0; position < m_tickets.size(); ++position) {
        const QString &parentId = m_tickets.at(position).parentId;
        if (!parentId.isEmpty())
            parentOf[position] = m_positionById.value(parentId, -1);
    }

    // Each ticket has at most one parent, so following parents from any ticket either ends at the
    // top or runs into a loop. Tickets on a loop lose their parent: a tree cannot hold them.
    enum class Walk { NotSeen, OnCurrentWalk, Settled };
    QList<Walk> walk(m_tickets.size(), Walk::NotSeen);
    for (int start = 0; start < m_tickets.size(); ++start) {
        QList<int> chain;
        int position = start;
        while (position >= 0 && walk.at(position) == Walk::NotSeen) {
            walk[position] = Walk::OnCurrentWalk;
            chain.append(position);
            position = parentOf.at(position);
        }
        if (position >= 0 && walk.at(position) == Walk::OnCurrentWalk) {
            for (qsizetype member = chain.indexOf(position); member < chain.size(); ++member)
                parentOf[chain.at(member)] = -1;
        }
        for (int settled : std::as_const(chain))
            walk[settled] = Walk::Settled;
    }

    for (int position = 0; position < m_tickets.size(); ++position) {
        Node &node = m_nodes[position];
        node.parent = parentOf.at(position);
        QList<int> &siblings = node.parent < 0 ? m_topLevel : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        siblings.append(position);
    }
}

QModelIndex TicketTreeModel::indexOfTicket(const QString &ticketId) const
{
    const int position = m_positionById.value(ticketId, -1);
    return position < 0 ? QModelIndex() : createIndex(m_nodes.at(position).row, 0, quintptr(position));
}

const Ticket *TicketTreeModel::ticketAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_tickets.at(qsizetype(index.internalId()));
}

const QList<int> &TicketTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_topLevel;
    // Only the first column has children, as in every Qt tree model.
    return parent.column() == 0 ? m_nodes.at(qsizetype(parent.internalId())).children : kNoChildren;
}

QModelIndex TicketTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size() || column < 0 || column >= TicketTableModel::ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TicketTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentPosition = m_nodes.at(qsizetype(child.internalId())).parent;
    if (parentPosition < 0)
        return {};
    return createIndex(m_nodes.at(parentPosition).row, 0, quintptr(parentPosition));
}

int TicketTreeModel::rowCount(const QModelIndex &parent) const
{
    return int(childrenOf(parent).size());
}

int TicketTreeModel::columnCount(const QModelIndex &) const
{
    return TicketTableModel::ColumnCount;
}

QVariant TicketTreeModel::data(const QModelIndex &index, int role) const
{
    const Ticket *ticket = ticketAt(index);
    return ticket ? TicketTableModel::ticketData(*ticket, index.column(), role) : QVariant();
}

QVariant TicketTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return TicketTableModel::columnTitle(section);
}

Qt::ItemFlags TicketTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && m_editHandler && TicketTableModel::isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TicketTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Ticket *ticket = ticketAt(index);
    if (!ticket || role != Qt::EditRole || !m_editHandler)
        return false;
    const std::optional<Ticket> edited = TicketTableModel::withCellEdit(*ticket, index.column(), value);
    if (!edited || *edited == *ticket)
        return false;
    return m_editHandler(*edited, TicketTableModel::cellEditDescription(index.column()));
}

} // namespace docket
