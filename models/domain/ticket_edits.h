#pragma once

#include "common/result.h"
#include "ticket.h"

#include <optional>

namespace docket {

// What a review edit does to tickets: each entry is a ticket before and after. No `before` means
// the edit creates it; no `after` means the edit deletes it.
struct TicketChange {
    std::optional<Ticket> before;
    std::optional<Ticket> after;
};
using TicketChanges = QList<TicketChange>;

// A PM's edit of one ticket. Editing a ticket that is already in a tracker marks it changed
// locally, so the next sync sends the edit as an update; the status itself stays.
Ticket withLocalEdit(const Ticket &before, Ticket after);

// Fields a bulk edit can set on many tickets at once; unset fields stay as they are.
struct BulkEdit {
    std::optional<Priority> priority;
    std::optional<TicketType> ticketType;
    QStringList addLabels;
    QStringList removeLabels;
    std::optional<QString> parentId;    // empty string: no parent
    std::optional<TicketStatus> status; // Generated or Reviewed; the trackers set the others

    bool isEmpty() const;
};

struct BulkEditResult {
    TicketChanges changes;
    QStringList refused; // one message per ticket the edit could not apply to, saying why
};

// Applies `edit` to each of `selected`. Marking reviewed follows markReviewed's rules; a parent
// that would put a ticket under itself or one of its descendants is refused for that ticket.
BulkEditResult applyBulkEdit(const QList<Ticket> &selected, const BulkEdit &edit,
                             const QList<Ticket> &documentTickets);

// Splits one ticket into several: the original keeps its id (and so its tracker link and source
// block) with the first title; each further title becomes a new ticket that copies the rest.
Result<TicketChanges> splitTicket(const Ticket &ticket, const QStringList &titles);

// Merges tickets into the first of them: bodies joined, criteria, labels and dependencies united,
// the highest priority kept. The others are deleted and whatever pointed at them (dependencies,
// parents) now points at the merged ticket. Tickets already in a tracker cannot be merged away.
Result<TicketChanges> mergeTickets(const QList<Ticket> &toMerge, const QList<Ticket> &documentTickets);

// Deletes tickets and drops the references other tickets of the document hold to them. Tickets
// already in a tracker are refused: deleting them here would leave the tracker's copy orphaned.
Result<TicketChanges> deleteTickets(const QStringList &ids, const QList<Ticket> &documentTickets);

} // namespace docket
