#include "ticket_edits.h"

#include "workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::TicketEdits)
};

// Equal in what the PM edits: timestamps and the changed-locally flag aside.
bool sameContent(Ticket a, Ticket b)
{
    a.changedLocally = b.changedLocally = false;
    return sameExceptTimestamps(a, b);
}

// True when `candidateParent` is `ticketId` or sits somewhere below it.
bool wouldNestUnderItself(const QString &ticketId, const QString &candidateParent,
                          const QHash<QString, QString> &parentOf)
{
    QSet<QString> seen;
    for (QString id = candidateParent; !id.isEmpty() && !seen.contains(id); id = parentOf.value(id)) {
        if (id == ticketId)
            return true;
        seen.insert(id);
    }
    return false;
}

void appendMissing(QStringList &into, const QStringList &values)
{
    for (const QString &value : values)
        if (!into.contains(value))
            into.append(value);
}

QString newTicketId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Ticket withLocalEdit(const Ticket &before, Ticket after)
{
    if (isInTracker(before) && !sameContent(before, after))
        after.changedLocally = true;
    return after;
}

bool BulkEdit::isEmpty() const
{
    return !priority && !ticketType && addLabels.isEmpty() && removeLabels.isEmpty() && !parentId && !status;
}

BulkEditResult applyBulkEdit(const QList<Ticket> &selected, const BulkEdit &edit,
                             const QList<Ticket> &documentTickets)
{
    QHash<QString, QString> parentOf;
    for (const Ticket &ticket : documentTickets)
        parentOf.insert(ticket.id, ticket.parentId);

    BulkEditResult result;
    for (const Ticket &original : selected) {
        Ticket edited = original;
        if (edit.priority)
            edited.priority = edit.priority;
        if (edit.ticketType)
            edited.ticketType = *edit.ticketType;
        for (const QString &label : edit.removeLabels)
            edited.labels.removeAll(label);
        appendMissing(edited.labels, edit.addLabels);
        if (edit.parentId) {
            if (wouldNestUnderItself(original.id, *edit.parentId, parentOf)) {
                result.refused.append(
                    Text::tr("\"%1\" cannot sit under itself or one of its own sub-tickets.")
                        .arg(original.title));
                continue;
            }
            edited.parentId = *edit.parentId;
        }
        if (edit.status == TicketStatus::Reviewed) {
            auto reviewed = markReviewed(edited);
            if (!reviewed) {
                result.refused.append(reviewed.error().message);
                continue;
            }
            edited = reviewed.value();
        } else if (edit.status == TicketStatus::Generated) {
            if (isInTracker(original) || original.status == TicketStatus::PushFailed) {
                result.refused.append(
                    Text::tr("\"%1\" has been pushed; it cannot go back to generated.").arg(original.title));
                continue;
            }
            edited.status = TicketStatus::Generated;
        }
        edited = withLocalEdit(original, edited);
        if (!sameContent(original, edited) || original.changedLocally != edited.changedLocally)
            result.changes.append({original, edited});
    }
    return result;
}

Result<TicketChanges> splitTicket(const Ticket &ticket, const QStringList &titles)
{
    QStringList parts;
    for (const QString &title : titles)
        if (!title.trimmed().isEmpty())
            parts.append(title.trimmed());
    if (parts.size() < 2)
        return Error{Text::tr("Give at least two titles to split \"%1\" into.").arg(ticket.title), ticket.id};

    TicketChanges changes;
    Ticket first = ticket;
    first.title = parts.first();
    changes.append({ticket, withLocalEdit(ticket, first)});
    for (qsizetype i = 1; i < parts.size(); ++i) {
        Ticket part = ticket;
        part.id = newTicketId();
        part.title = parts.at(i);
        // A new ticket is not in any tracker yet, whatever the original's status.
        part.status =
            ticket.status == TicketStatus::Generated ? TicketStatus::Generated : TicketStatus::Reviewed;
        part.platform.reset();
        part.externalId.clear();
        part.externalUrl.clear();
        part.changedLocally = false;
        part.createdAt = part.updatedAt = {};
        changes.append({std::nullopt, part});
    }
    return changes;
}

Result<TicketChanges> mergeTickets(const QList<Ticket> &toMerge, const QList<Ticket> &documentTickets)
{
    if (toMerge.size() < 2)
        return Error{Text::tr("Select at least two tickets to merge."), {}};
    for (qsizetype i = 1; i < toMerge.size(); ++i)
        if (isInTracker(toMerge.at(i)))
            return Error{Text::tr("\"%1\" is already in a tracker and cannot be merged into another ticket; "
                                  "make it the first of the selection or close it in the tracker.")
                             .arg(toMerge.at(i).title),
                         toMerge.at(i).id};

    const Ticket &target = toMerge.first();
    QSet<QString> mergedAway;
    for (qsizetype i = 1; i < toMerge.size(); ++i)
        mergedAway.insert(toMerge.at(i).id);
    const auto redirect = [&](const QString &id) { return mergedAway.contains(id) ? target.id : id; };

    Ticket merged = target;
    QStringList bodies{target.body.trimmed()};
    for (qsizetype i = 1; i < toMerge.size(); ++i) {
        const Ticket &other = toMerge.at(i);
        const QString body = other.body.trimmed();
        bodies.append(body.isEmpty() ? QStringLiteral("### %1").arg(other.title)
                                     : QStringLiteral("### %1\n\n%2").arg(other.title, body));
        appendMissing(merged.acceptanceCriteria, other.acceptanceCriteria);
        appendMissing(merged.labels, other.labels);
        appendMissing(merged.dependencies, other.dependencies);
        appendMissing(merged.problems, other.problems);
        if (other.priority && (!merged.priority || *other.priority < *merged.priority))
            merged.priority = other.priority;
        if (merged.parentId.isEmpty())
            merged.parentId = other.parentId;
    }
    bodies.removeAll(QString());
    merged.body = bodies.join(QStringLiteral("\n\n"));
    QStringList dependencies;
    for (const QString &id : std::as_const(merged.dependencies))
        if (const QString to = redirect(id); to != target.id && !dependencies.contains(to))
            dependencies.append(to);
    merged.dependencies = dependencies;
    if (redirect(merged.parentId) == target.id)
        merged.parentId.clear();

    TicketChanges changes{{target, withLocalEdit(target, merged)}};
    for (qsizetype i = 1; i < toMerge.size(); ++i)
        changes.append({toMerge.at(i), std::nullopt});
    for (const Ticket &other : documentTickets) {
        if (other.id == target.id || mergedAway.contains(other.id))
            continue;
        Ticket updated = other;
        QStringList redirected;
        for (const QString &id : std::as_const(other.dependencies))
            if (const QString to = redirect(id); !redirected.contains(to) && to != other.id)
                redirected.append(to);
        updated.dependencies = redirected;
        updated.parentId = redirect(other.parentId);
        if (!sameContent(updated, other))
            changes.append({other, withLocalEdit(other, updated)});
    }
    return changes;
}

Result<TicketChanges> deleteTickets(const QStringList &ids, const QList<Ticket> &documentTickets)
{
    const QSet<QString> doomed(ids.cbegin(), ids.cend());
    TicketChanges removals;
    TicketChanges referenceUpdates;
    for (const Ticket &ticket : documentTickets) {
        if (doomed.contains(ticket.id)) {
            if (isInTracker(ticket))
                return Error{Text::tr("\"%1\" is already in a tracker; close it there instead of deleting it "
                                      "here.")
                                 .arg(ticket.title),
                             ticket.id};
            removals.append({ticket, std::nullopt});
            continue;
        }
        Ticket updated = ticket;
        updated.dependencies.removeIf([&](const QString &id) { return doomed.contains(id); });
        if (doomed.contains(updated.parentId))
            updated.parentId.clear();
        if (!sameContent(updated, ticket))
            referenceUpdates.append({ticket, withLocalEdit(ticket, updated)});
    }
    if (removals.size() != doomed.size())
        return Error{Text::tr("Some of the tickets to delete no longer exist."), {}};
    return referenceUpdates + removals;
}

} // namespace docket
