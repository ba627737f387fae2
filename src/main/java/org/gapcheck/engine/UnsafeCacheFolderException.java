package org.gapcheck.engine;

import java.nio.file.Path;

/** A rule-cache folder gapcheck will not trust: someone else owns it or may write to it. The message is for the user. */
public final class UnsafeCacheFolderException extends RuntimeException {

    private UnsafeCacheFolderException(String message) {
        super(message);
    }

    static UnsafeCacheFolderException foreignOwner(Path folder, String owner, String user) {
        return new UnsafeCacheFolderException("规则缓存文件夹 " + folder + " 属于用户 " + owner + "，不属于当前用户 " + user
                + "，其中的已编译规则不可信：请设置环境变量 GAPCHECK_CACHE_DIR 改用自己的文件夹，或加 --no-cache 运行");
    }

    static UnsafeCacheFolderException writableByOthers(Path folder, String permissions) {
        return new UnsafeCacheFolderException("规则缓存文件夹 " + folder + " 其他用户也可写入（权限 " + permissions
                + "），其中的已编译规则不可信：请执行 chmod go-w " + shellWord(folder.toString()) + "，或加 --no-cache 运行");
    }

    /** The path as the shell would take it whole: quoted when it holds anything but letters, digits and /._- . */
    private static String shellWord(String path) {
        return path.matches("[\\w/.\\-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
