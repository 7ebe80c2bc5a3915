package org.studypath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * When the catalog already has a resource that arrives from outside, the one rule for catalog packs and path files
 * alike: the same key; else the same link (ignoring case and trailing slashes) as a current resource; else the same
 * title, ignoring case, in the same category. A category is matched by its key or its English name. Runs on the
 * caller's connection, inside its transaction.
 */
final class ResourceMatch {
    /** The resource the catalog already has, and why it counts as the same, in words for the learner. */
    record Match(long resourceId, String reason) {
    }

    private ResourceMatch() {
    }

    /** The existing category with {@code key} or, failing that, the English name {@code nameEn}; null when none. */
    static Long category(Connection c, String key, String nameEn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM category WHERE catalog_key = ? OR lower(name_en) = lower(?) ORDER BY catalog_key = ? DESC LIMIT 1")) {
            ps.setString(1, key);
            ps.setString(2, nameEn);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * The resource the catalog already has for one with this key ("" or null for none), link and title in the
     * category {@code categoryId} (null: a category not made yet, which holds no title).
     */
    static Optional<Match> find(Connection c, String key, String url, String title, Long categoryId) throws SQLException {
        if (key != null && !key.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM resource WHERE catalog_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Match(rs.getLong(1), "already in the catalog (same key \"" + key + "\")"));
                    }
                }
            }
        }
        String normalised = normalisedUrl(url);
        if (!normalised.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title FROM resource WHERE retired = 0 AND lower(rtrim(trim(url), '/')) = ? LIMIT 1")) {
                ps.setString(1, normalised);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Match(rs.getLong(1), "same link as \"" + rs.getString(2) + "\""));
                    }
                }
            }
        }
        if (categoryId == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM resource WHERE retired = 0 AND category_id = ? AND lower(title) = lower(?) LIMIT 1")) {
            ps.setLong(1, categoryId);
            ps.setString(2, title);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(new Match(rs.getLong(1), "same title in the same category"));
                }
            }
        }
        return Optional.empty();
    }

    private static String normalisedUrl(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.trim().toLowerCase(java.util.Locale.ROOT);
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
