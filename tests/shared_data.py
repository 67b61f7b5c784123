"""Where the tests find ../shared beside the repository (read, never copied in).

Tests that need these files skip cleanly when the folder is absent.
"""
from pathlib import Path

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
WEATHER_DIR = SHARED_DIR / "data" / "weather"
GANYU_EPW = WEATHER_DIR / "CHN_Jiangsu.Ganyu.580400_CSWD.epw"
WINDPOWERLIB_CSV = WEATHER_DIR / "windpowerlib_example_weather.csv"
PLAN_TEXT = SHARED_DIR / "plan" / "000_dc10c60a72244826.txt"
