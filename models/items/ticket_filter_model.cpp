#include "ticket_filter_model.h"

#include "ticket_table_model.h"
#include "ticket_tree_model.h"

namespace docket {

TicketFilterModel::TicketFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_matcher.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(TicketTableModel::SortRole);
}

void TicketFilterModel::setStatus(std::optional<TicketStatus> status)
{
    m_status = status;
    refilter();
}

void TicketFilterModel::setType(std::optional<TicketType> type)
{
    m_type = type;
    refilter();
}

void TicketFilterModel::setPriority(std::optional<Priority> priority)
{
    m_priority = priority;
    refilter();
}

void TicketFilterModel::setLabel(const QString &label)
{
    m_label = label.trimmed();
    refilter();
}

void TicketFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    m_matcher.setPattern(m_text);
    refilter();
}

void TicketFilterModel::refilter()
{
    // One layout change rather than invalidateFilter()'s remove per gap: with thousands of rows
    // the views' per-removal bookkeeping, not the filtering, was what took the time.
    invalidate();
}

void TicketFilterModel::setOnlyWithProblems(bool only)
{
    m_onlyProblems = only;
    refilter();
}

bool TicketFilterModel::hasProblems(const Ticket &ticket)
{
    if (!ticket.problems.isEmpty())
        return true;
    // A generated ticket is judged by the rules it must keep once reviewed.
    Ticket asReviewed = ticket;
    if (asReviewed.status == TicketStatus::Generated)
        asReviewed.status = TicketStatus::Reviewed;
    return !validateTicket(asReviewed).isEmpty();
}

bool TicketFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Ticket *ticket = nullptr;
    if (const auto *table = qobject_cast<const TicketTableModel *>(sourceModel()))
        ticket = sourceParent.isValid() ? nullptr : table->ticketAt(sourceRow);
    else if (const auto *tree = qobject_cast<const TicketTreeModel *>(sourceModel()))
        ticket = tree->ticketAt(tree->index(sourceRow, 0, sourceParent));
    if (!ticket)
        return false;
    if (m_status && ticket->status != *m_status)
        return false;
    if (m_type && ticket->ticketType != *m_type)
        return false;
    if (m_priority && ticket->priority != m_priority)
        return false;
    if (!m_label.isEmpty() && !ticket->labels.contains(m_label, Qt::CaseInsensitive))
        return false;
    if (m_onlyProblems && !hasProblems(*ticket))
        return false;
    if (!m_text.isEmpty()) {
        const auto contains = [this](const QString &field) { return m_matcher.indexIn(field) >= 0; };
        if (!contains(ticket->title) && !contains(ticket->body) &&
            std::none_of(ticket->labels.cbegin(), ticket->labels.cend(), contains) &&
            std::none_of(ticket->acceptanceCriteria.cbegin(), ticket->acceptanceCriteria.cend(), contains))
            return false;
    }
    return true;
}

} // namespace docket
