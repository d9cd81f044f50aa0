#include "draft.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Draft)
};

constexpr int kMinCriteria = 1;
constexpr int kMaxCriteria = 8;

} // namespace

QString draftExternalId(int number)
{
    return QStringLiteral("SPEC-%1").arg(number);
}

QList<DraftViolation> validateDraft(const Draft &draft)
{
    static const QRegularExpression idPattern(QStringLiteral("^SPEC-[1-9][0-9]*$"));
    QList<DraftViolation> violations;
    auto add = [&](const char *field, const QString &message) {
        violations.append({draft.externalId, QString::fromLatin1(field), message});
    };

    if (!idPattern.match(draft.externalId).hasMatch())
        add("external_id", Text::tr("\"%1\" is not of the form SPEC-<number>.").arg(draft.externalId));
    if (draft.title.trimmed().isEmpty())
        add("title", Text::tr("The title is empty."));
    const int criteria = int(draft.acceptanceCriteria.size());
    if (criteria < kMinCriteria || criteria > kMaxCriteria)
        add("acceptance_criteria", Text::tr("%1 acceptance criteria; a draft needs %2 to %3.")
                                       .arg(criteria)
                                       .arg(kMinCriteria)
                                       .arg(kMaxCriteria));
    for (int i = 0; i < criteria; ++i) {
        if (draft.acceptanceCriteria.at(i).trimmed().isEmpty())
            add("acceptance_criteria", Text::tr("Criterion %1 is empty.").arg(i + 1));
    }
    if (draft.storyPoints && (*draft.storyPoints < 1 || *draft.storyPoints > 100))
        add("story_points",
            Text::tr("Story points must be 1 to 100 or null, not %1.").arg(*draft.storyPoints));
    if (draft.confidence && (*draft.confidence < 0.0 || *draft.confidence > 1.0))
        add("metadata.confidence", Text::tr("Confidence must be between 0 and 1."));
    if (draft.dependencies.contains(draft.externalId))
        add("dependencies", Text::tr("A ticket cannot depend on itself."));
    if (!draft.parentExternalId.isEmpty() && draft.parentExternalId == draft.externalId)
        add("parent_external_id", Text::tr("A ticket cannot be its own parent."));
    return violations;
}

QList<DraftViolation> validateDraftSet(const DraftSet &set)
{
    QList<DraftViolation> violations;
    QHash<QString, const Draft *> byId;
    for (const Draft &draft : set.tickets) {
        violations.append(validateDraft(draft));
        if (byId.contains(draft.externalId))
            violations.append({draft.externalId, QStringLiteral("external_id"),
                               Text::tr("%1 is used by more than one ticket.").arg(draft.externalId)});
        byId.insert(draft.externalId, &draft);
    }

    for (const Draft &draft : set.tickets) {
        for (const QString &dependency : draft.dependencies) {
            if (!byId.contains(dependency))
                violations.append({draft.externalId, QStringLiteral("dependencies"),
                                   Text::tr("Depends on %1, which is not in this result.").arg(dependency)});
        }
        if (!draft.parentExternalId.isEmpty() && !byId.contains(draft.parentExternalId))
            violations.append({draft.externalId, QStringLiteral("parent_external_id"),
                               Text::tr("The parent %1 is not in this result.").arg(draft.parentExternalId)});

        // Walk up the parents: coming back to this draft means a cycle.
        QSet<QString> seen{draft.externalId};
        const Draft *current = &draft;
        while (current && !current->parentExternalId.isEmpty()) {
            if (seen.contains(current->parentExternalId)) {
                violations.append({draft.externalId, QStringLiteral("parent_external_id"),
                                   Text::tr("The parents of %1 form a cycle.").arg(draft.externalId)});
                break;
            }
            seen.insert(current->parentExternalId);
            current = byId.value(current->parentExternalId);
        }
    }
    return violations;
}

} // namespace docket
