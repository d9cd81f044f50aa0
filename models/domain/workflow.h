#pragma once

#include "common/result.h"
#include "ticket.h"

namespace docket {

// generated -> reviewed is an explicit act of the PM. A ticket can only be marked reviewed when it
// keeps every rule a reviewed ticket must keep (a title, 1 to 8 criteria, ...); the Error lists
// each broken rule with its field. Marking an already reviewed ticket changes nothing.
Result<Ticket> markReviewed(const Ticket &ticket);

// One line per violation, "field: message", for people.
QString describeViolations(const QList<Violation> &violations);

} // namespace docket
