package org.studypath.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where StudyPath keeps the user's data: {@code --data-dir}, else {@code STUDYPATH_HOME}, else the OS data folder
 * (Linux {@code $XDG_DATA_HOME/StudyPath}, Windows {@code %APPDATA%\StudyPath},
 * macOS {@code ~/Library/Application Support/StudyPath}).
 */
public final class DataFolder {
    public static final String ENV_HOME = "STUDYPATH_HOME";
    public static final String APP_FOLDER = "StudyPath";

    private DataFolder() {
    }

    public static Path resolve(String dataDirOption, Map<String, String> env, String osName, String userHome) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return Path.of(dataDirOption).toAbsolutePath().normalize();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return osDefault(env, osName, userHome);
    }

    /**
     * Where StudyPath keeps files it can make again (a copy of the SQLite driver's native library): Linux
     * {@code $XDG_CACHE_HOME/StudyPath} (else {@code ~/.cache/StudyPath}), Windows {@code %LOCALAPPDATA%\StudyPath\Cache},
     * macOS {@code ~/Library/Caches/StudyPath}. Never user data: deleting it only costs the next start a little.
     */
    public static Path cacheFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? Path.of(userHome, "AppData", "Local") : Path.of(local);
            return base.resolve(APP_FOLDER).resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Caches", APP_FOLDER);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? Path.of(userHome, ".cache") : Path.of(xdg);
        return base.resolve(APP_FOLDER);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(userHome, "AppData", "Roaming") : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve(APP_FOLDER);
    }
}
