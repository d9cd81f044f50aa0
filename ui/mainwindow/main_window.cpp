#include "main_window.h"

#include "accounts/accounts_dialog.h"
#include "auth/account_service.h"
#include "auth/token_store.h"
#include "common/file_dialogs.h"
#include "common/message_bar.h"
#include "dependencies/dependency_view.h"
#include "document/document_view.h"
#include "domain/workflow.h"
#include "editor/ticket_editor.h"
#include "generate/generate_dialog.h"
#include "generate/generation_controller.h"
#include "import/document_importer.h"
#include "import/import_controller.h"
#include "items/block_list_model.h"
#include "items/ticket_table_model.h"
#include "notes/notes_view.h"
#include "proposals/proposals_dialog.h"
#include "push/push_dialog.h"
#include "review/review_session.h"
#include "store/drafts_store.h"
#include "store/workspace.h"
#include "tickets/ticket_table_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("workspaces/recent");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kSamplePath = QStringLiteral(":/samples/sample-spec.md");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokenStore(new KeychainTokenStore(QStringLiteral("Docket"), this))
    , m_undoGroup(new QUndoGroup(this))
    , m_editor(new TicketEditor(this))
    , m_documentView(new DocumentView(this))
    , m_ticketView(new TicketTableView(this))
    , m_notesView(new NotesView(this))
    , m_dependencyView(new DependencyView(this))
    , m_rightTabs(new QTabWidget(this))
    , m_messageBar(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_importController(new ImportController(this))
    , m_generationController(new GenerationController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));
    setAcceptDrops(true);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_documentView);
    m_rightTabs->setObjectName(QStringLiteral("rightTabs"));
    m_rightTabs->setAccessibleName(tr("Tickets and notes"));
    m_rightTabs->addTab(m_ticketView, tr("&Tickets"));
    m_rightTabs->addTab(m_notesView, tr("&Risks && Questions"));
    m_rightTabs->addTab(m_dependencyView, tr("&Dependencies"));
    connect(m_rightTabs, &QTabWidget::currentChanged, this, &MainWindow::refreshDependencyView);
    connect(m_dependencyView, &DependencyView::ticketActivated, this, [this](const QString &ticketId) {
        m_rightTabs->setCurrentWidget(m_ticketView);
        m_ticketView->selectTickets({ticketId});
        m_ticketView->focusList();
    });
    m_splitter->addWidget(m_rightTabs);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({400, 520, 480});
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createStatusBar();

    connect(m_documentView, &DocumentView::currentDocumentChanged, this, &MainWindow::showDocument);
    connect(m_notesView, &NotesView::blockRequested, this, &MainWindow::selectSourceBlock);
    connect(m_documentView, &DocumentView::currentBlockChanged, this, &MainWindow::selectTicketsOfBlock);
    // Traceability: the current ticket shows where in the spec it came from.
    connect(m_ticketView, &TicketTableView::currentTicketChanged, this, [this](const QString &ticketId) {
        const Ticket *ticket = m_ticketView->model()->ticketAt(m_ticketView->model()->rowOfTicket(ticketId));
        selectSourceBlock(ticket ? ticket->blockId : QString());
        showCurrentTicketInEditor();
    });
    connect(m_editor, &TicketEditor::edited, this,
            [this](const Ticket &after, const QString &description, const QString &mergeKey) {
                if (m_session)
                    editFromView(after, description, mergeKey); // failures reach showError
            });
    connect(m_editor, &TicketEditor::compareWithDraftRequested, this, &MainWindow::compareWithDraft);
    connect(m_editor, &TicketEditor::sourceBlockRequested, this, [this](const QString &blockId) {
        selectSourceBlock(blockId);
        m_documentView->blockTree()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_importController, &ImportController::started, this, [this](const QString &source) {
        setTaskRunning(true);
        statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(source).fileName()));
    });
    connect(m_importController, &ImportController::progressChanged, this,
            [this](int percent) { m_progress->setValue(percent); });
    connect(m_importController, &ImportController::finished, this,
            [this](const QString &documentId, int, const QString &summary) {
                setTaskRunning(false);
                reloadDocuments(documentId);
                statusBar()->showMessage(summary, 8000);
            });
    connect(m_importController, &ImportController::failed, this, [this](const QString &message) {
        setTaskRunning(false);
        statusBar()->clearMessage();
        showError(message);
    });
    connect(m_generationController, &GenerationController::started, this, [this] {
        setTaskRunning(true);
        statusBar()->showMessage(tr("Generating ticket drafts…"));
    });
    connect(m_generationController, &GenerationController::progressChanged, this,
            [this](int percent) { m_progress->setValue(percent); });
    connect(m_generationController, &GenerationController::finished, this, &MainWindow::storeDrafts);
    connect(m_generationController, &GenerationController::failed, this, [this](const QString &message) {
        setTaskRunning(false);
        statusBar()->clearMessage();
        showError(tr("Generation failed: %1").arg(message));
    });

    QSettings settings;
    resize(1400, 860);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    setWindowTitle(tr("Docket"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    QAction *newAction = fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newWorkspaceAction"));

    QAction *openAction = fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openWorkspaceAction"));

    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();

    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import Document…"), this, &MainWindow::chooseDocument);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setStatusTip(tr("Split a Markdown or text spec into typed blocks"));
    addAction(m_importAction);

    createEditActions();

    QMenu *ticketsMenu = menuBar()->addMenu(tr("&Tickets"));
    m_generateAction = ticketsMenu->addAction(tr("&Generate Drafts…"), this, &MainWindow::chooseGeneration);
    m_generateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_generateAction->setObjectName(QStringLiteral("generateAction"));
    m_generateAction->setStatusTip(tr("Turn the current document's blocks into ticket drafts"));
    addAction(m_generateAction);
    QAction *reviewAction =
        ticketsMenu->addAction(tr("Mark &Reviewed"), this, &MainWindow::markSelectedReviewed);
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reviewAction->setObjectName(QStringLiteral("markReviewedAction"));
    addAction(reviewAction);
    QAction *searchAction = ticketsMenu->addAction(tr("&Search Tickets"), this, [this] {
        m_rightTabs->setCurrentWidget(m_ticketView);
        m_ticketView->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_ticketView->searchField()->selectAll();
    });
    searchAction->setShortcut(QKeySequence::Find);
    addAction(searchAction);
    m_proposalsAction =
        ticketsMenu->addAction(tr("Review Proposed &Updates…"), this, &MainWindow::reviewProposals);
    m_proposalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_proposalsAction->setObjectName(QStringLiteral("proposalsAction"));
    m_proposalsAction->setEnabled(false);
    addAction(m_proposalsAction);
    QAction *pushAction = ticketsMenu->addAction(tr("Push &to GitHub…"), this, &MainWindow::showPush);
    pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pushAction->setObjectName(QStringLiteral("pushAction"));
    pushAction->setStatusTip(tr("Plan, confirm and push the reviewed tickets"));
    addAction(pushAction);

    fileMenu->addSeparator();
    QAction *accountsAction = fileMenu->addAction(tr("Tracker &Accounts…"), this, &MainWindow::showAccounts);
    accountsAction->setObjectName(QStringLiteral("accountsAction"));
    accountsAction->setStatusTip(tr("Connect GitHub, Linear or Jira; tokens stay in the system keychain"));

    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *blocksAction = viewMenu->addAction(tr("Focus &Blocks"), this, [this] {
        m_documentView->blockTree()->setFocus(Qt::ShortcutFocusReason);
    });
    blocksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *ticketsAction = viewMenu->addAction(tr("Focus &Tickets"), this, [this] {
        m_rightTabs->setCurrentWidget(m_ticketView);
        m_ticketView->focusList();
    });
    ticketsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    createNavigationActions(ticketsMenu, viewMenu);
    viewMenu->addSeparator();
    createAppearanceMenu(viewMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction =
        helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcutsAction->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    addAction(shortcutsAction);
    helpMenu->addSeparator();
    QAction *aboutAction = helpMenu->addAction(tr("&About Docket"), this, &MainWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Cancel the import (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_importController->cancel();
        m_generationController->cancel();
    });

    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    setTaskRunning(false);
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_importController->isRunning() || m_generationController->isRunning()) {
        showError(tr("Wait for the import or generation to finish before switching workspaces."));
        return false;
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        showError(tr("Could not open the workspace %1: %2")
                      .arg(QDir::toNativeSeparators(path), opened.error().message));
        return false;
    }
    m_editor->commitPendingEdits();
    m_editor->clear();
    m_session.reset(); // they refer to the workspace being replaced
    m_accounts.reset();
    m_workspace = std::move(opened.value());
    startReviewSession();
    startAccountService();
    m_messageBar->hide();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_workspaceLabel->setText(QFileInfo(path).fileName());
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(absolute));
    setWindowTitle(tr("%1 — Docket").arg(QFileInfo(path).fileName()));
    setWindowFilePath(absolute);
    rememberRecent(absolute);
    reloadDocuments();
    emit workspaceOpened(absolute);
    return true;
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

int MainWindow::documentCount() const
{
    return m_documentView->documentCount();
}

void MainWindow::importDocument(const QString &specPath)
{
    if (!m_workspace) {
        showError(tr("Open or create a workspace before importing a document."));
        return;
    }
    m_importController->importFile(specPath, m_workspace->path());
}

void MainWindow::importBundledSample()
{
    if (!m_workspace)
        return;
    QFile sample(kSamplePath);
    if (!sample.open(QIODevice::ReadOnly)) {
        showError(tr("The bundled sample spec is missing from this build."));
        return;
    }
    m_importController->importBytes(sample.readAll(), QStringLiteral("sample-spec.md"),
                                    DocumentFormat::Markdown, m_workspace->path());
}

void MainWindow::reloadDocuments(const QString &selectDocumentId)
{
    if (!m_workspace)
        return;
    auto documents = m_workspace->documents();
    if (!documents) {
        showError(documents.error().toString());
        return;
    }
    m_documentView->setDocuments(documents.value());
    if (!selectDocumentId.isEmpty())
        m_documentView->setCurrentDocument(selectDocumentId);
    showDocument(m_documentView->currentDocumentId());
}

void MainWindow::showDocument(const QString &documentId)
{
    m_editor->commitPendingEdits();
    const QString currentTicket = m_ticketView->currentTicketId();
    m_editor->clear();
    if (!m_workspace || documentId.isEmpty()) {
        m_documentView->setBlocks({});
        m_ticketView->setTickets({});
        return;
    }
    auto blocks = m_workspace->blocks(documentId);
    auto tickets = m_workspace->tickets(TicketQuery{documentId, std::nullopt});
    if (!blocks || !tickets) {
        showError((!blocks ? blocks.error() : tickets.error()).toString());
        return;
    }
    m_documentView->setBlocks(std::move(blocks.value()));
    m_ticketView->setTickets(std::move(tickets.value()));
    if (!currentTicket.isEmpty())
        m_ticketView->selectTickets({currentTicket}); // a reload keeps the PM's place
    auto notes = m_workspace->notes(documentId);
    m_notesView->setNotes(notes ? notes.value() : QList<Note>());
    m_rightTabs->setTabText(1, m_notesView->count() == 0
                                   ? tr("&Risks && Questions")
                                   : tr("&Risks && Questions (%1)").arg(m_notesView->count()));
    m_proposalsAction->setEnabled(pendingProposalCount() > 0);
    refreshDependencyView();
}

void MainWindow::selectSourceBlock(const QString &blockId)
{
    const int row = m_documentView->blockModel()->rowOfBlock(blockId);
    if (row < 0)
        return;
    QTreeView *tree = m_documentView->blockTree();
    const QModelIndex index = m_documentView->blockModel()->index(row, 0);
    const QSignalBlocker blocker(tree->selectionModel());
    tree->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::selectTicketsOfBlock(const QString &blockId)
{
    QStringList ids;
    if (!blockId.isEmpty())
        for (const Ticket &ticket : m_ticketView->model()->tickets())
            if (ticket.blockId == blockId)
                ids.append(ticket.id);
    // Quietly: the ticket side must not echo back and move the block selection.
    m_ticketView->selectTickets(ids, false);
    showCurrentTicketInEditor();
}

int MainWindow::pendingProposalCount() const
{
    const QString documentId = m_documentView->currentDocumentId();
    if (!m_workspace || documentId.isEmpty())
        return 0;
    auto proposals = m_workspace->proposals(documentId);
    return proposals ? int(proposals.value().size()) : 0;
}

void MainWindow::reviewProposals()
{
    const QString documentId = m_documentView->currentDocumentId();
    if (!m_workspace || documentId.isEmpty())
        return;
    ProposalsDialog dialog(*m_workspace, documentId, this);
    connect(&dialog, &ProposalsDialog::ticketsChanged, this,
            [this, documentId] { showDocument(documentId); });
    dialog.exec();
    showDocument(documentId);
}

void MainWindow::setTaskRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_progress->setValue(0);
    m_importAction->setEnabled(!running);
    m_generateAction->setEnabled(!running);
    m_proposalsAction->setEnabled(!running && pendingProposalCount() > 0);
}

void MainWindow::chooseGeneration()
{
    if (m_documentView->currentDocumentId().isEmpty()) {
        showError(tr("Import a document first; drafts are generated from its blocks."));
        return;
    }
    GenerateDialog dialog(this);
    dialog.setSettings(m_lastGeneratorSettings);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastGeneratorSettings = dialog.settings();
    const GeneratorSettings settings = m_lastGeneratorSettings;
    const QList<BlockType> types = dialog.includedBlockTypes();
    const QString keychainKey = GeneratorSettings::apiKeySecretKey(settings.generatorId, settings.baseUrl);
    if (dialog.rememberKey()) {
        m_tokenStore->write(keychainKey, settings.apiKey, [this](Status kept) {
            if (!kept)
                showError(tr("The API key is used for this session but was not kept: %1")
                              .arg(kept.error().message));
        });
    }
    if (!settings.needsApiKey() || !settings.apiKey.isEmpty()) {
        generateTickets(settings, types);
        return;
    }
    // No key typed: the one kept in the keychain for this server, if there is one.
    m_tokenStore->read(keychainKey, [this, settings, types](Result<std::optional<QString>> stored) {
        GeneratorSettings withKey = settings;
        if (stored && stored.value())
            withKey.apiKey = *stored.value();
        generateTickets(withKey, types);
    });
}

void MainWindow::generateTickets(const GeneratorSettings &settings, const QList<BlockType> &includeBlockTypes)
{
    const QString documentId = m_documentView->currentDocumentId();
    if (!m_workspace || documentId.isEmpty()) {
        showError(tr("Import a document first; drafts are generated from its blocks."));
        return;
    }
    auto document = m_workspace->document(documentId);
    auto blocks = m_workspace->blocks(documentId);
    if (!document || !blocks) {
        showError((!document ? document.error() : blocks.error()).toString());
        return;
    }
    GenerationRequest request;
    request.document = document.value();
    request.blocks = blocks.value();
    request.includeBlockTypes = includeBlockTypes;
    m_generationController->start(settings, request);
}

void MainWindow::storeDrafts(const DraftSet &drafts, const QString &documentId, const QString &generatorId)
{
    setTaskRunning(false);
    if (!m_workspace)
        return;
    auto stored =
        docket::storeDrafts(*m_workspace, documentId, drafts, QStringLiteral("generator:") + generatorId);
    if (!stored) {
        showError(tr("The drafts could not be stored: %1").arg(stored.error().toString()));
        return;
    }
    showDocument(documentId);
    if (!drafts.generation.warnings.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("The generator's answer needed repairs:\n%1")
                                      .arg(drafts.generation.warnings.mid(0, 8).join(QLatin1Char('\n'))));
    if (stored.value().proposed > 0)
        m_messageBar->showMessage(
            MessageBar::Kind::Information,
            tr("The spec changed under %n ticket(s). Review the proposed updates with "
               "Tickets › Review Proposed Updates (Ctrl+Shift+U); nothing changes until you "
               "accept.",
               nullptr, stored.value().proposed));
    const int added = int(stored.value().added.size());
    statusBar()->showMessage(
        stored.value().kept == 0
            ? tr("Generated %n ticket draft(s).", nullptr, added)
            : tr("Generated %n new ticket draft(s); %1 existing kept as they were.", nullptr, added)
                  .arg(stored.value().kept),
        8000);
}

void MainWindow::newWorkspace()
{
    const QString path = FileDialogs::saveFileName(this, tr("New Workspace"),
                                                   tr("Docket workspaces (*.docket)"), tr("Untitled.docket"));
    if (path.isEmpty())
        return;
    const QString withSuffix =
        path.endsWith(QLatin1String(".docket")) ? path : path + QStringLiteral(".docket");
    if (QFileInfo::exists(withSuffix)) {
        showError(tr("%1 already exists; open it with File › Open Workspace.")
                      .arg(QDir::toNativeSeparators(withSuffix)));
        return;
    }
    openWorkspace(withSuffix);
}

void MainWindow::chooseWorkspace()
{
    const QString path = FileDialogs::openFileName(this, tr("Open Workspace"),
                                                   tr("Docket workspaces (*.docket);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseDocument()
{
    QStringList patterns;
    for (const QString &suffix : DocumentImporter::supportedSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    const QString path = FileDialogs::openFileName(
        this, tr("Import Document"), tr("Specs (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        importDocument(path);
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // &1..&8 give each entry a keyboard accelerator.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                                                  this, [this, path] { openWorkspace(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
    startAccountService();
}

void MainWindow::setTokenStore(TokenStore *store)
{
    m_tokenStore = store;
    startAccountService();
}

void MainWindow::startAccountService()
{
    m_accounts.reset();
    if (m_workspace)
        m_accounts =
            std::make_unique<AccountService>(*m_workspace, *m_tokenStore, m_network, QStringLiteral("gui"));
}

void MainWindow::showAccounts()
{
    if (!m_workspace || !m_accounts) {
        showError(tr("Open or create a workspace first; its tracker accounts are kept with it."));
        return;
    }
    AccountsDialog dialog(*m_workspace, *m_accounts, m_network, this);
    dialog.exec();
}

void MainWindow::showPush()
{
    const QString documentId = m_documentView->currentDocumentId();
    if (!m_workspace || !m_accounts || documentId.isEmpty()) {
        showError(tr("Open a document with reviewed tickets first."));
        return;
    }
    m_editor->commitPendingEdits();
    PushDialog dialog(*m_workspace, *m_accounts, m_network, documentId, this);
    dialog.setWriteSpacingMs(QSettings().value(QStringLiteral("push/github/writeSpacingMs"), 1000).toInt());
    connect(&dialog, &PushDialog::ticketsChanged, this, [this, documentId] { showDocument(documentId); });
    dialog.exec();
    showDocument(documentId);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Docket"),
        tr("<h3>Docket %1</h3><p>Turns product specs into engineering ticket drafts you review "
           "offline, then push to GitHub, Linear or Jira.</p><p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->commitPendingEdits();
    m_importController->cancel();
    m_generationController->cancel();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        DocumentImporter::formatForPath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    importDocument(urls.first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace docket
