#include "draft_diff_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

QString withTitles(const QString &field, const QString &ids, const QHash<QString, QString> &titles)
{
    if (field != QLatin1String("dependencies") && field != QLatin1String("parent_id"))
        return ids;
    QStringList named;
    for (const QString &id : ids.split(QStringLiteral(", "), Qt::SkipEmptyParts))
        named.append(titles.value(id, id));
    return named.join(QStringLiteral(", "));
}

} // namespace

DraftDiffDialog::DraftDiffDialog(const QString &ticketTitle, const QList<FieldDifference> &differences,
                                 const QHash<QString, QString> &titles, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
{
    setWindowTitle(tr("\"%1\" against its generated draft").arg(ticketTitle));
    auto *summary =
        new QLabel(differences.isEmpty() ? tr("No changes: the ticket is exactly as it was generated.")
                                         : tr("%n field(s) changed since the draft was generated.", nullptr,
                                              int(differences.size())),
                   this);
    summary->setObjectName(QStringLiteral("diffSummary"));
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setAccessibleName(tr("Changed fields"));
    m_table->setHeaderLabels({tr("Field"), tr("Generated"), tr("Now")});
    m_table->setRootIsDecorated(false);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    for (FieldDifference difference : differences) {
        difference.before = withTitles(difference.field, difference.before, titles);
        difference.after = withTitles(difference.field, difference.after, titles);
        auto *item =
            new QTreeWidgetItem(m_table, {fieldDisplayName(difference.field),
                                          difference.before.isEmpty() ? tr("(empty)") : difference.before,
                                          difference.after.isEmpty() ? tr("(empty)") : difference.after});
        item->setData(0, Qt::UserRole, difference.field);
        item->setTextAlignment(1, Qt::AlignTop | Qt::AlignLeft);
        item->setTextAlignment(2, Qt::AlignTop | Qt::AlignLeft);
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString DraftDiffDialog::fieldDisplayName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("ticket_type"), QT_TR_NOOP("Type")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("body"), QT_TR_NOOP("Body")},
        {QStringLiteral("acceptance_criteria"), QT_TR_NOOP("Acceptance criteria")},
        {QStringLiteral("labels"), QT_TR_NOOP("Labels")},
        {QStringLiteral("estimated_effort"), QT_TR_NOOP("Effort")},
        {QStringLiteral("story_points"), QT_TR_NOOP("Story points")},
        {QStringLiteral("dependencies"), QT_TR_NOOP("Dependencies")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent")},
        {QStringLiteral("component"), QT_TR_NOOP("Component")},
        {QStringLiteral("milestone"), QT_TR_NOOP("Milestone")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(it.value());
}

} // namespace docket
