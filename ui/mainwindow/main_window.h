#pragma once

#include "domain/ticket_edits.h"
#include "generators/generator_settings.h"
#include "generators/ticket_generator.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;
class QUndoGroup;

namespace docket {

class AccountService;
class DependencyView;
class DocumentView;
class GenerationController;
class ImportController;
class MessageBar;
class NotesView;
class ReviewSession;
class TicketEditor;
class TicketTableView;
class TokenStore;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace; on failure the message bar says why and the
    // workspace that was open stays open.
    bool openWorkspace(const QString &path);
    QString workspacePath() const;
    int documentCount() const;

    void importDocument(const QString &specPath);
    void importBundledSample();

    // Generates drafts for the current document and stores them as tickets. Blocks that already
    // have tickets keep them: nothing the PM reviewed or edited is overwritten.
    void generateTickets(const GeneratorSettings &settings, const QList<BlockType> &includeBlockTypes = {});
    GenerationController *generationController() const { return m_generationController; }

    DocumentView *documentView() const { return m_documentView; }
    TicketTableView *ticketView() const { return m_ticketView; }
    NotesView *notesView() const { return m_notesView; }
    DependencyView *dependencyView() const { return m_dependencyView; }

    // Tickets › Review Proposed Updates: the proposals of the current document, if any.
    int pendingProposalCount() const;
    void reviewProposals();

    // Tickets › Mark Reviewed: the selected tickets that keep the rules become reviewed; the
    // others stay as they are and the message bar says why.
    void markSelectedReviewed();

    // Review: every edit is an undoable step saved to the workspace at once.
    TicketEditor *ticketEditor() const { return m_editor; }
    ReviewSession *reviewSession() const { return m_session.get(); }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    void bulkEditSelected();
    void splitCurrentTicket();
    void mergeSelected();
    void deleteSelected();
    void compareWithDraft(const QString &ticketId);
    void showShortcuts();

    // Accounts: the composition root hands in the network and the token store (the OS keychain
    // by default); tests hand in their own.
    void setNetwork(QNetworkAccessManager *network);
    void setTokenStore(TokenStore *store);
    AccountService *accountService() const { return m_accounts.get(); }
    void showAccounts();
    void showPush();
    MessageBar *messageBar() const { return m_messageBar; }
    ImportController *importController() const { return m_importController; }

    static QStringList recentWorkspaces();

signals:
    void workspaceOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void reloadDocuments(const QString &selectDocumentId = {});
    void showDocument(const QString &documentId);
    void selectSourceBlock(const QString &blockId);
    void selectTicketsOfBlock(const QString &blockId);
    void setTaskRunning(bool running);
    void chooseGeneration();
    void storeDrafts(const DraftSet &drafts, const QString &documentId, const QString &generatorId);
    void newWorkspace();
    void chooseWorkspace();
    void chooseDocument();
    void showAbout();
    void showError(const QString &message);
    void createEditActions();
    void createNavigationActions(QMenu *ticketsMenu, QMenu *viewMenu);
    void createAppearanceMenu(QMenu *viewMenu);
    void startReviewSession();
    void showCurrentTicketInEditor();
    void applyTicketChanges(const QString &documentId, const QList<Ticket> &current,
                            const QStringList &removedIds);
    void runBulkEdit(const BulkEdit &edit);
    void refreshDependencyView();
    bool editFromView(const Ticket &after, const QString &description, const QString &mergeKey);
    void startAccountService();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReviewSession> m_session;
    std::unique_ptr<AccountService> m_accounts;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokenStore;
    QUndoGroup *m_undoGroup;
    TicketEditor *m_editor;
    DocumentView *m_documentView;
    TicketTableView *m_ticketView;
    NotesView *m_notesView;
    DependencyView *m_dependencyView;
    QTabWidget *m_rightTabs;
    MessageBar *m_messageBar;
    QSplitter *m_splitter;
    ImportController *m_importController;
    GenerationController *m_generationController;
    GeneratorSettings m_lastGeneratorSettings;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_proposalsAction = nullptr;
};

} // namespace docket
