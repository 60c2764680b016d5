// The main window: navigation on the left listing only the areas the staff member has a right in,
// the selected area's page on the right, staff name and server in the status bar. Fits 1024×768.
// The pages come from the area modules (client/module/areamodule.h) it is given.
// It also runs sign-in, sign-out and signing in again after the session expired.
#pragma once

#include "modules.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace kikan::client {

class ApiClient;
class CardReader;
struct ApiError;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // reader may be null (no card reader on this terminal); modules are the pages of the areas
    // (by default those of client/app/modulelist.h), the other areas show the generic AreaPage.
    MainWindow(ApiClient *api, CardReader *reader,
               const QList<AreaEntry> &modules = listedModules(), QWidget *parent = nullptr);

    // Shows the sign-in dialog; on success fills the window for the signed-in user.
    bool signIn();
    // Rebuilds navigation and status bar for api's current user (used by signIn and tests).
    void showUser();
    // The area codes listed in the navigation, in order.
    QStringList navigationAreas() const;
    // Selects an area's page (creating it on first use); false when not permitted.
    bool openArea(const QString &code);
    QWidget *currentPage() const;

private:
    void buildMenus();
    void addSectionHeading(const QString &text);
    void clearPages();
    QWidget *createPage(const QString &code);
    void onSessionExpired(const ApiError &error);
    void onSignedOut();
    void openSettings();
    void openAbout();

    ApiClient *m_api;
    CardReader *m_reader;
    QList<AreaEntry> m_modules;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QWidget *m_home;
    QLabel *m_userLabel;
    QLabel *m_serverLabel;
    QLabel *m_testBanner; // 「テスト環境」 when the server is a test environment (docs/operations.md)
    QHash<QString, QWidget *> m_pages;
    QString m_shownLoginId;
    bool m_inSignIn = false;
};

} // namespace kikan::client
