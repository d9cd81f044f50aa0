#include "ticket_table_model.h"

#include <algorithm>
#include <functional>

namespace docket {

TicketTableModel::TicketTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TicketTableModel::setTickets(QList<Ticket> tickets)
{
    beginResetModel();
    m_tickets = std::move(tickets);
    reindex();
    endResetModel();
}

void TicketTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_tickets.size());
    m_labelText.clear();
    m_labelText.reserve(m_tickets.size());
    for (int row = 0; row < m_tickets.size(); ++row) {
        m_rowById.insert(m_tickets.at(row).id, row);
        m_labelText.append(ticketData(m_tickets.at(row), LabelsColumn, Qt::DisplayRole).toString());
    }
}

int TicketTableModel::rowOfTicket(const QString &ticketId) const
{
    return m_rowById.value(ticketId, -1);
}

void TicketTableModel::applyChanges(const QList<Ticket> &current, const QStringList &removedIds)
{
    QList<int> doomedRows;
    for (const QString &id : removedIds)
        if (const int row = rowOfTicket(id); row >= 0)
            doomedRows.append(row);
    std::sort(doomedRows.begin(), doomedRows.end(), std::greater<>());
    for (int row : std::as_const(doomedRows)) {
        beginRemoveRows({}, row, row);
        m_tickets.removeAt(row);
        endRemoveRows();
    }
    if (!doomedRows.isEmpty())
        reindex();

    QList<Ticket> added;
    for (const Ticket &ticket : current) {
        const int row = rowOfTicket(ticket.id);
        if (row < 0) {
            added.append(ticket);
            continue;
        }
        m_tickets[row] = ticket;
        m_labelText[row] = ticketData(ticket, LabelsColumn, Qt::DisplayRole).toString();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_tickets.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Ticket &ticket : std::as_const(added)) {
            m_rowById.insert(ticket.id, int(m_tickets.size()));
            m_tickets.append(ticket);
            m_labelText.append(ticketData(ticket, LabelsColumn, Qt::DisplayRole).toString());
        }
        endInsertRows();
    }
}

const Ticket *TicketTableModel::ticketAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? &m_tickets.at(row) : nullptr;
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    const Ticket *ticket = index.isValid() ? ticketAt(index.row()) : nullptr;
    if (!ticket)
        return {};
    // Sorting asks for the labels of every row many times over: keep them joined.
    if (index.column() == LabelsColumn && (role == Qt::DisplayRole || role == SortRole))
        return m_labelText.at(index.row());
    return ticketData(*ticket, index.column(), role);
}

bool TicketTableModel::isEditableColumn(int column)
{
    return column == TitleColumn || column == TypeColumn || column == PriorityColumn ||
           column == LabelsColumn;
}

std::optional<Ticket> TicketTableModel::withCellEdit(const Ticket &ticket, int column, const QVariant &value)
{
    Ticket edited = ticket;
    switch (column) {
    case TitleColumn:
        edited.title = value.toString().trimmed();
        if (edited.title.isEmpty())
            return std::nullopt; // a ticket keeps a title; the editor pane explains the rule
        break;
    case TypeColumn: {
        const int type = value.toInt();
        if (type < int(TicketType::Epic) || type > int(TicketType::Spike))
            return std::nullopt;
        edited.ticketType = TicketType(type);
        break;
    }
    case PriorityColumn: {
        const int priority = value.toInt();
        if (priority < -1 || priority > int(Priority::P3))
            return std::nullopt;
        edited.priority = priority < 0 ? std::nullopt : std::optional(Priority(priority));
        break;
    }
    case LabelsColumn: {
        edited.labels.clear();
        for (const QString &part : value.toString().split(QLatin1Char(','))) {
            const QString label = part.trimmed();
            if (!label.isEmpty() && !edited.labels.contains(label))
                edited.labels.append(label);
        }
        break;
    }
    default:
        return std::nullopt;
    }
    return edited;
}

QString TicketTableModel::cellEditDescription(int column)
{
    switch (column) {
    case TitleColumn:
        return tr("Edit Title");
    case TypeColumn:
        return tr("Change Type");
    case PriorityColumn:
        return tr("Change Priority");
    case LabelsColumn:
        return tr("Edit Labels");
    default:
        return {};
    }
}

Qt::ItemFlags TicketTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editHandler && isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TicketTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Ticket *ticket = index.isValid() ? ticketAt(index.row()) : nullptr;
    if (!ticket || role != Qt::EditRole || !m_editHandler)
        return false;
    const std::optional<Ticket> edited = withCellEdit(*ticket, index.column(), value);
    if (!edited || *edited == *ticket)
        return false;
    return m_editHandler(*edited, cellEditDescription(index.column()));
}

QVariant TicketTableModel::ticketData(const Ticket &ticket, int column, int role)
{
    if (role == Qt::EditRole) {
        switch (column) {
        case TitleColumn:
            return ticket.title;
        case TypeColumn:
            return int(ticket.ticketType);
        case PriorityColumn:
            return ticket.priority ? int(*ticket.priority) : -1;
        case LabelsColumn:
            return ticket.labels.join(QStringLiteral(", "));
        default:
            return {};
        }
    }
    switch (role) {
    case TicketIdRole:
        return ticket.id;
    case BlockIdRole:
        return ticket.blockId;
    case StatusRole:
        return ticketStatusName(ticket.status);
    default:
        break;
    }

    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return ticket.title;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return typeDisplayName(ticket.ticketType);
        if (role == SortRole)
            return int(ticket.ticketType);
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return ticket.priority ? priorityName(*ticket.priority) : QString();
        if (role == SortRole) // unset sorts after P3
            return ticket.priority ? int(*ticket.priority) : 99;
        break;
    case StatusColumn:
        // Icon and text together: status is never told by colour alone.
        if (role == Qt::DisplayRole)
            return ticket.changedLocally ? tr("%1 · changed locally").arg(statusDisplayName(ticket.status))
                                         : statusDisplayName(ticket.status);
        if (role == Qt::DecorationRole)
            return statusIcon(ticket.status);
        if (role == SortRole)
            return int(ticket.status);
        break;
    case LabelsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return ticket.labels.join(QStringLiteral(", "));
        break;
    default:
        break;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QVariant TicketTableModel::columnTitle(int column)
{
    switch (column) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case LabelsColumn:
        return tr("Labels");
    default:
        return {};
    }
}

QString TicketTableModel::statusDisplayName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Generated:
        return tr("Generated");
    case TicketStatus::Reviewed:
        return tr("Reviewed");
    case TicketStatus::Pushed:
        return tr("Pushed");
    case TicketStatus::PushFailed:
        return tr("Push failed");
    case TicketStatus::Synced:
        return tr("Synced");
    }
    return {};
}

QIcon TicketTableModel::statusIcon(TicketStatus status)
{
    return QIcon(QStringLiteral(":/icons/status-%1.svg").arg(ticketStatusName(status)));
}

QString TicketTableModel::typeDisplayName(TicketType type)
{
    switch (type) {
    case TicketType::Epic:
        return tr("Epic");
    case TicketType::Story:
        return tr("Story");
    case TicketType::Task:
        return tr("Task");
    case TicketType::Bug:
        return tr("Bug");
    case TicketType::Spike:
        return tr("Spike");
    }
    return {};
}

} // namespace docket
