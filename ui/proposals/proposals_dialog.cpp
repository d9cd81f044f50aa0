#include "proposals_dialog.h"

#include "items/ticket_table_model.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace docket {

namespace {

QString optionalText(const std::optional<Priority> &priority)
{
    return priority ? priorityName(*priority) : QString();
}

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QString ticketDiffHtml(const Ticket &current, const Ticket &proposed)
{
    const QList<std::tuple<QString, QString, QString>> fields{
        {ProposalsDialog::tr("Title"), current.title, proposed.title},
        {ProposalsDialog::tr("Type"), TicketTableModel::typeDisplayName(current.ticketType),
         TicketTableModel::typeDisplayName(proposed.ticketType)},
        {ProposalsDialog::tr("Priority"), optionalText(current.priority), optionalText(proposed.priority)},
        {ProposalsDialog::tr("Labels"), current.labels.join(QStringLiteral(", ")),
         proposed.labels.join(QStringLiteral(", "))},
        {ProposalsDialog::tr("Acceptance criteria"), current.acceptanceCriteria.join(QLatin1Char('\n')),
         proposed.acceptanceCriteria.join(QLatin1Char('\n'))},
        {ProposalsDialog::tr("Story points"), optionalNumber(current.storyPoints),
         optionalNumber(proposed.storyPoints)},
        {ProposalsDialog::tr("Effort"), current.estimatedEffort, proposed.estimatedEffort},
        {ProposalsDialog::tr("Body"), current.body, proposed.body},
    };
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4' border='1'>"
                                  "<tr><th></th><th>%1</th><th>%2</th></tr>")
                       .arg(ProposalsDialog::tr("Now"), ProposalsDialog::tr("Proposed"));
    for (const auto &[name, before, after] : fields) {
        const bool changed = before != after;
        // Changed rows are marked in words as well as in colour.
        html += QStringLiteral("<tr%1><td><b>%2</b>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(changed ? QStringLiteral(" style='background:#FFF4D6'") : QString(),
                         name.toHtmlEscaped(),
                         changed ? QStringLiteral("<br/><i>%1</i>").arg(ProposalsDialog::tr("changed"))
                                 : QString(),
                         before.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                         after.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return html + QStringLiteral("</table>");
}

ProposalsDialog::ProposalsDialog(Workspace &workspace, const QString &documentId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_documentId(documentId)
    , m_list(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
    , m_acceptButton(new QPushButton(tr("&Accept Update"), this))
    , m_rejectButton(new QPushButton(tr("&Keep Ticket as It Is"), this))
{
    setObjectName(QStringLiteral("proposalsDialog"));
    setWindowTitle(tr("Proposed Ticket Updates"));
    resize(900, 560);
    m_list->setObjectName(QStringLiteral("proposalList"));
    m_list->setAccessibleName(tr("Tickets with a proposed update"));
    m_diff->setObjectName(QStringLiteral("proposalDiff"));
    m_diff->setAccessibleName(tr("Current ticket next to the proposed update"));
    m_acceptButton->setObjectName(QStringLiteral("acceptProposalButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectProposalButton"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_acceptButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rejectButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acceptButton, &QPushButton::clicked, this, &ProposalsDialog::acceptCurrent);
    connect(m_rejectButton, &QPushButton::clicked, this, &ProposalsDialog::rejectCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProposalsDialog::showCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The spec changed under these tickets. Nothing changes until you accept."), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    reload();
}

int ProposalsDialog::remaining() const
{
    return int(m_proposals.size());
}

void ProposalsDialog::reload()
{
    auto proposals = m_workspace.proposals(m_documentId);
    m_proposals = proposals ? proposals.value() : QList<TicketProposal>();
    const int row = qMax(0, m_list->currentRow());
    m_list->clear();
    for (const TicketProposal &proposal : std::as_const(m_proposals)) {
        auto current = m_workspace.ticket(proposal.ticketId);
        m_list->addItem(current ? current.value().title : proposal.proposed.title);
    }
    if (!m_proposals.isEmpty())
        m_list->setCurrentRow(qMin(row, int(m_proposals.size()) - 1));
    showCurrent();
}

void ProposalsDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_proposals.size();
    m_acceptButton->setEnabled(any);
    m_rejectButton->setEnabled(any);
    if (!any) {
        m_diff->setHtml(tr("<p>No proposed updates are waiting.</p>"));
        return;
    }
    auto current = m_workspace.ticket(m_proposals.at(row).ticketId);
    m_diff->setHtml(current ? ticketDiffHtml(current.value(), m_proposals.at(row).proposed)
                            : current.error().toString().toHtmlEscaped());
}

void ProposalsDialog::acceptCurrent()
{
    resolve(true);
}

void ProposalsDialog::rejectCurrent()
{
    resolve(false);
}

void ProposalsDialog::resolve(bool accept)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_proposals.size())
        return;
    const QString ticketId = m_proposals.at(row).ticketId;
    const Status status = accept ? m_workspace.acceptProposal(ticketId, QStringLiteral("gui"))
                                 : m_workspace.rejectProposal(ticketId, QStringLiteral("gui"));
    if (!status)
        m_diff->setHtml(QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Error:"), status.error().toString().toHtmlEscaped()));
    else
        emit ticketsChanged();
    reload();
}

} // namespace docket
