#!/bin/sh
# Install this DataCollect Desktop bundle for one person (default) or for everyone:
#   ./install.sh                 -> ~/.local  (no administrator rights needed)
#   sudo ./install.sh /usr/local -> every account on this computer
# The bundle is copied to PREFIX/lib/datacollect-desktop, the command linked into PREFIX/bin,
# and the menu entry and icons put where desktop environments look for them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-"$HOME/.local"}
app="$prefix/lib/datacollect-desktop"

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications"
rm -rf "$app"
cp -R "$here" "$app"
ln -sf "$app/datacollect-desktop" "$prefix/bin/datacollect-desktop"
sed "s|^Exec=.*|Exec=$prefix/bin/datacollect-desktop|" \
  "$here/share/applications/datacollect-desktop.desktop" \
  > "$prefix/share/applications/datacollect-desktop.desktop"
cp -R "$here/share/icons" "$prefix/share/"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "DataCollect Desktop is installed: $prefix/bin/datacollect-desktop (and in the menu)"
