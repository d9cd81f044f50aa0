#include "push_dialog.h"

#include "auth/account_service.h"
#include "auth/tracker_identity.h"
#include "http/tracker_http.h"
#include "store/workspace.h"
#include "trackers/github/github_pusher.h"
#include "trackers/push_runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

PushDialog::PushDialog(Workspace &workspace, AccountService &accounts, QNetworkAccessManager *network,
                       QString documentId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_network(network)
    , m_documentId(std::move(documentId))
    , m_pages(new QStackedWidget(this))
    , m_account(new QComboBox(this))
    , m_repository(new QComboBox(this))
    , m_planSummary(new QLabel(this))
    , m_planned(new QListWidget(this))
    , m_heldBack(new QTreeWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_guard(new QCheckBox(this))
    , m_push(new QPushButton(tr("&Push"), this))
    , m_progress(new QProgressBar(this))
    , m_log(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
{
    setWindowTitle(tr("Push Tickets"));
    m_account->setAccessibleName(tr("Account"));
    if (auto connected = m_workspace.accounts())
        for (const Account &account : connected.value())
            if (account.platform == Platform::GitHub && account.status == AccountStatus::Connected)
                m_account->addItem(
                    QStringLiteral("%1 — %2").arg(account.accountName, account.apiBaseUrl.host()),
                    account.id);
    m_repository->setObjectName(QStringLiteral("repositoryField"));
    m_repository->setAccessibleName(tr("Repository"));
    m_repository->setEditable(true);
    m_repository->lineEdit()->setPlaceholderText(tr("owner/name"));
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setWordWrap(true);
    m_planned->setAccessibleName(tr("Tickets to push"));
    m_heldBack->setObjectName(QStringLiteral("heldBackList"));
    m_heldBack->setAccessibleName(tr("Tickets held back"));
    m_heldBack->setHeaderLabels({tr("Held back"), tr("Why")});
    m_heldBack->setRootIsDecorated(false);
    m_heldBack->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_heldBack->header()->resizeSection(0, 260);
    m_heldBack->header()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Issue preview"));
    m_guard->setObjectName(QStringLiteral("pushGuard"));
    m_push->setObjectName(QStringLiteral("pushButton"));
    m_push->setEnabled(false);
    m_log->setObjectName(QStringLiteral("pushLog"));
    m_log->setAccessibleName(tr("Push progress"));
    m_result->setObjectName(QStringLiteral("pushResult"));
    m_result->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_retry->setVisible(false);

    // Page 1: the plan.
    auto *planPage = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Re&pository:"), m_repository);
    auto *lists = new QSplitter(Qt::Horizontal, planPage);
    auto *left = new QSplitter(Qt::Vertical, lists);
    left->addWidget(m_planned);
    left->addWidget(m_heldBack);
    lists->addWidget(left);
    lists->addWidget(m_preview);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->addLayout(form);
    planLayout->addWidget(m_planSummary);
    planLayout->addWidget(lists, 1);
    planLayout->addWidget(m_guard);
    // Page 2: progress and the summary.
    auto *runPage = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runPage);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_log, 1);
    runLayout->addWidget(m_result);
    m_pages->addWidget(planPage);
    m_pages->addWidget(runPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_push, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    // Shown only when they apply; a button box shows every button it is given.
    m_cancel->setVisible(false);
    m_retry->setVisible(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_push, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelling: the ticket on its way finishes, the rest stay as they are."));
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        replan(true);
        m_pages->setCurrentIndex(0);
        m_retry->setVisible(false);
    });
    connect(m_planned, &QListWidget::currentRowChanged, this, &PushDialog::showPreview);
    const auto updateGuard = [this] {
        const QString repository = m_repository->currentText().trimmed();
        m_guard->setText(
            tr("Push to %1 as %2")
                .arg(repository.isEmpty() ? tr("(no repository)") : repository, m_account->currentText()));
        m_guard->setChecked(false);
        m_push->setEnabled(false);
    };
    connect(m_repository, &QComboBox::currentTextChanged, this, updateGuard);
    connect(m_account, &QComboBox::currentIndexChanged, this, updateGuard);
    connect(m_guard, &QCheckBox::toggled, this, [this](bool on) {
        m_push->setEnabled(on && !m_plan.pushes.isEmpty() &&
                           m_repository->currentText().count(QLatin1Char('/')) == 1 &&
                           currentAccount().has_value());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    updateGuard();
    replan();
}

PushDialog::~PushDialog() = default;

std::optional<Account> PushDialog::currentAccount() const
{
    auto account = m_workspace.account(m_account->currentData().toString());
    return account && account.value() ? account.value() : std::nullopt;
}

void PushDialog::replan(bool onlyFailed)
{
    auto tickets = m_workspace.tickets(TicketQuery{m_documentId, std::nullopt});
    m_tickets = tickets ? tickets.value() : QList<Ticket>();
    QStringList selection;
    if (onlyFailed)
        for (const Ticket &ticket : std::as_const(m_tickets))
            if (ticket.status == TicketStatus::PushFailed)
                selection.append(ticket.id);
    m_plan = planPush(m_tickets, selection, Platform::GitHub);
    QHash<QString, QString> titles;
    for (const Ticket &ticket : std::as_const(m_tickets))
        titles.insert(ticket.id, ticket.title);
    m_planned->clear();
    for (const PlannedPush &push : std::as_const(m_plan.pushes)) {
        auto *item = new QListWidgetItem(
            (push.operation == PushOperation::Create ? tr("Create: %1") : tr("Update: %1"))
                .arg(titles.value(push.ticketId)),
            m_planned);
        item->setData(Qt::UserRole, push.ticketId);
    }
    m_heldBack->clear();
    for (const HeldBack &held : std::as_const(m_plan.heldBack))
        new QTreeWidgetItem(m_heldBack,
                            {titles.value(held.ticketId),
                             QString(held.reason).replace(QLatin1Char('\n'), QStringLiteral("; "))});
    m_planSummary->setText(
        tr("%1 to create, %2 to update, %3 link(s); %4 already up to date; %5 held back.")
            .arg(m_plan.creates())
            .arg(m_plan.updates())
            .arg(m_plan.links())
            .arg(m_plan.unchanged.size())
            .arg(m_plan.heldBack.size()) +
        (m_account->count() == 0
             ? QLatin1Char(' ') + tr("Connect a GitHub account first (File › Tracker Accounts).")
             : QString()));
    if (m_planned->count() > 0)
        m_planned->setCurrentRow(0);
    m_guard->setChecked(false);
}

void PushDialog::showPreview()
{
    const QListWidgetItem *item = m_planned->currentItem();
    if (!item)
        return;
    for (const Ticket &ticket : std::as_const(m_tickets))
        if (ticket.id == item->data(Qt::UserRole).toString()) {
            const GitHubIssueDraft issue = renderGitHubIssue(ticket, {});
            m_preview->setMarkdown(
                QStringLiteral("# %1\n\n%2\n\n*Labels:* %3")
                    .arg(issue.title, issue.body, issue.labels.join(QStringLiteral(", "))));
        }
}

void PushDialog::startPush()
{
    const std::optional<Account> account = currentAccount();
    const QString repository = m_repository->currentText().trimmed();
    if (!account || m_plan.pushes.isEmpty())
        return;
    if (Status keyed = m_workspace.saveTickets(assignPushKeys(m_tickets, m_plan), QStringLiteral("push"));
        !keyed) {
        m_planSummary->setText(keyed.error().message);
        return;
    }
    HttpPolicy policy;
    policy.minimumWriteSpacingMs = m_writeSpacingMs;
    m_http = std::make_unique<TrackerHttp>(m_network, policy);
    const Account pushAs = *account;
    m_http->setTokenSource({[this, pushAs](auto done) { m_accounts.accessToken(pushAs.id, done); },
                            [this, pushAs](const QString &rejected, auto done) {
                                m_accounts.recoverFromUnauthorized(pushAs.id, rejected, done);
                            },
                            [pushAs](QNetworkRequest &request, const QString &token) {
                                authorizeRequest(request, pushAs, token);
                            }});
    m_github = std::make_unique<GitHubTracker>(*m_http, pushAs.apiBaseUrl);
    m_pusher = std::make_unique<GitHubPusher>(*m_github, repository);
    m_runner = std::make_unique<PushRunner>(m_workspace, *m_pusher, pushAs.id, repository);
    QHash<QString, QString> titles;
    for (const Ticket &ticket : std::as_const(m_tickets))
        titles.insert(ticket.id, ticket.title);
    connect(m_runner.get(), &PushRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner.get(), &PushRunner::ticketPushed, this,
            [this, titles](const QString &id, const QString &url) {
                m_log->addItem(tr("✓ Pushed %1 — %2").arg(titles.value(id), url));
                m_log->scrollToBottom();
            });
    connect(m_runner.get(), &PushRunner::ticketFailed, this,
            [this, titles](const QString &id, const QString &reason) {
                m_log->addItem(tr("✗ Failed %1 — %2").arg(titles.value(id), reason));
                m_log->scrollToBottom();
            });
    connect(m_runner.get(), &PushRunner::finished, this, &PushDialog::finish);
    m_pages->setCurrentIndex(1);
    m_push->setVisible(false);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_log->clear();
    m_result->setText(tr("Pushing to %1…").arg(repository));
    m_runner->start(m_plan);
}

void PushDialog::finish(const PushSummary &summary)
{
    m_cancel->setVisible(false);
    m_push->setVisible(true);
    QString text = tr("Pushed %1, failed %2.").arg(summary.pushed).arg(summary.failed);
    if (summary.cancelled > 0)
        text += QLatin1Char(' ') + tr("%n not sent (cancelled).", nullptr, summary.cancelled);
    m_result->setText(text);
    m_retry->setVisible(summary.failed > 0);
    emit ticketsChanged();
}

} // namespace docket
