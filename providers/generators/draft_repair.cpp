#include "draft_repair.h"

#include "domain/draft_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::DraftRepair)
};

constexpr int kMaxCriteria = 8;

} // namespace

DraftSet repairDrafts(const QJsonObject &result)
{
    DraftSet set;
    const QJsonObject source = result.value(QStringLiteral("source")).toObject();
    set.sourceTitle = source.value(QStringLiteral("title")).toString();
    set.sourceSummary = source.value(QStringLiteral("summary")).toString();
    set.jobId = result.value(QStringLiteral("job_id")).toString();

    // Risks and questions read the same way as in a full result.
    QJsonObject notesOnly{{QStringLiteral("schema_version"), QString::fromLatin1(kTicketsResultSchema)},
                          {QStringLiteral("tickets"), QJsonArray()},
                          {QStringLiteral("risks"), result.value(QStringLiteral("risks"))},
                          {QStringLiteral("open_questions"), result.value(QStringLiteral("open_questions"))}};
    if (auto notes = draftSetFromJson(notesOnly)) {
        set.risks = notes.value().risks;
        set.openQuestions = notes.value().openQuestions;
    }

    QList<Draft> drafts;
    const QJsonArray tickets = result.value(QStringLiteral("tickets")).toArray();
    for (int index = 0; index < tickets.size(); ++index) {
        const QString label = Text::tr("ticket %1").arg(index + 1);
        if (!tickets.at(index).isObject()) {
            set.generation.warnings.append(Text::tr("Left out %1: it is not an object.").arg(label));
            continue;
        }
        QJsonObject object = tickets.at(index).toObject();
        const QString type = object.value(QStringLiteral("ticket_type")).toString().trimmed().toLower();
        object.insert(QStringLiteral("ticket_type"), type);
        if (object.value(QStringLiteral("story_points")).isDouble()) {
            const double points = object.value(QStringLiteral("story_points")).toDouble();
            if (points < 1 || points > 100 || points != double(int(points))) {
                object.insert(QStringLiteral("story_points"), QJsonValue());
                set.generation.warnings.append(
                    Text::tr("%1: story points %2 are outside 1-100; left unset.").arg(label).arg(points));
            }
        }
        auto parsed = draftFromJson(object);
        if (!parsed) {
            set.generation.warnings.append(Text::tr("Left out %1: %2").arg(label, parsed.error().message));
            continue;
        }
        Draft draft = parsed.value();
        draft.title = draft.title.simplified();
        draft.description = draft.description.trimmed();
        if (draft.title.isEmpty()) {
            set.generation.warnings.append(Text::tr("Left out %1: it has no title.").arg(label));
            continue;
        }
        QStringList criteria;
        for (const QString &criterion : std::as_const(draft.acceptanceCriteria)) {
            if (!criterion.trimmed().isEmpty())
                criteria.append(criterion.trimmed());
        }
        if (criteria.size() > kMaxCriteria) {
            draft.problems.append(Text::tr("The model gave %1 acceptance criteria; the first %2 are kept.")
                                      .arg(criteria.size())
                                      .arg(kMaxCriteria));
            criteria = criteria.mid(0, kMaxCriteria);
        }
        draft.acceptanceCriteria = criteria;
        if (draft.acceptanceCriteria.isEmpty() && draft.ticketType != TicketType::Spike)
            draft.problems.append(Text::tr("No acceptance criteria; add them before review."));
        drafts.append(draft);
    }

    // Ids: unique SPEC-<n>; a repeated or malformed one gets the next free number.
    QSet<QString> used;
    QHash<QString, QString> renamed;
    int next = 1;
    for (Draft &draft : drafts) {
        static const QRegularExpression idPattern(QStringLiteral("^SPEC-[1-9][0-9]*$"));
        const bool wellFormed = idPattern.match(draft.externalId).hasMatch();
        if (!wellFormed || used.contains(draft.externalId)) {
            while (used.contains(draftExternalId(next)))
                ++next;
            const QString fresh = draftExternalId(next);
            set.generation.warnings.append(Text::tr("Renumbered \"%1\" as %2.").arg(draft.externalId, fresh));
            if (!renamed.contains(draft.externalId))
                renamed.insert(draft.externalId, fresh);
            draft.externalId = fresh;
        }
        used.insert(draft.externalId);
    }
    for (Draft &draft : drafts) {
        QStringList dependencies;
        for (const QString &dependency : std::as_const(draft.dependencies)) {
            const QString target = used.contains(dependency) ? dependency : renamed.value(dependency);
            if (target.isEmpty() || target == draft.externalId) {
                draft.problems.append(
                    Text::tr("Dropped the dependency on %1, which is not in this result.").arg(dependency));
                continue;
            }
            dependencies.append(target);
        }
        dependencies.removeDuplicates();
        draft.dependencies = dependencies;
        if (!draft.parentExternalId.isEmpty()) {
            const QString parent = used.contains(draft.parentExternalId)
                                       ? draft.parentExternalId
                                       : renamed.value(draft.parentExternalId);
            if (parent.isEmpty() || parent == draft.externalId) {
                draft.problems.append(Text::tr("Dropped the parent %1, which is not in this result.")
                                          .arg(draft.parentExternalId));
                draft.parentExternalId.clear();
            } else {
                draft.parentExternalId = parent;
            }
        }
    }
    // A cycle of parents cannot be pushed: break it at the draft that closes it.
    DraftSet check;
    check.tickets = drafts;
    for (const DraftViolation &violation : validateDraftSet(check)) {
        if (violation.field != QLatin1String("parent_external_id"))
            continue;
        for (Draft &draft : drafts) {
            if (draft.externalId == violation.externalId && !draft.parentExternalId.isEmpty()) {
                draft.problems.append(violation.message);
                draft.parentExternalId.clear();
            }
        }
    }
    set.tickets = drafts;
    return set;
}

} // namespace docket
