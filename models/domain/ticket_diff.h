#pragma once

#include "ticket.h"

namespace docket {

// One field that differs between two versions of a ticket, as text a person can compare.
struct FieldDifference {
    QString field; // the seeds' snake_case name
    QString before;
    QString after;

    bool operator==(const FieldDifference &) const = default;
};

// The fields a PM edits (not ids, timestamps or tracker bookkeeping) that differ, in form order.
QList<FieldDifference> diffTickets(const Ticket &before, const Ticket &after);

} // namespace docket
