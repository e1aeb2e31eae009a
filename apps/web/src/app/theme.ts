import type { ThemeConfig } from 'antd';

/**
 * Bole's look: government blue for everything interactive (so a focused or hovered field never
 * looks like an error), the red brand mark and header rule as identity, CJK-friendly fonts.
 *
 * Every text colour meets WCAG 2.1 AA (4.5:1) on white and on the page's grey: secondary text,
 * descriptions' labels and empty states are #666 instead of antd's #8c8c8c (3.36:1), placeholders
 * #707070 instead of #bfbfbf (1.83:1), error text and danger buttons #cf1322 instead of #ff4d4f
 * (3.26:1), success, warning and info text the darker shades of their colours; a hovered
 * primary button darkens instead of lightening (#3f7acc is 4.31:1 under white text); a tag's
 * text is one shade darker than antd's where that shade fails on its tinted background (gold
 * #d48806 on #fffbe6 is 2.76:1); an unchecked switch's track is dark enough for its white text.
 * The browser tests check every screen with axe-core.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5bbf',
    colorLink: '#1d5bbf',
    colorPrimaryHover: '#174a9c',
    colorLinkHover: '#174a9c',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: '#707070',
    // Red for errors and danger buttons, and the text forms of the status colours.
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorErrorText: '#cf1322',
    colorErrorTextHover: '#a8071a',
    colorErrorTextActive: '#820014',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
    colorInfoText: '#0958d9',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f6f8' },
    Menu: { itemSelectedBg: '#e8f0fc', itemSelectedColor: '#1d5bbf' },
    // A selected row, hovered: a link on it stays at 4.5:1 (antd's #bfdaf2 under #1d5bbf is 4.4:1).
    Table: { rowSelectedBg: '#e8f0fc', rowSelectedHoverBg: '#d9e6f8' },
    // An unchecked switch's track: its "否/No" is white on it (antd's #bfbfbf is 1.83:1; #6b6b6b 5.3:1).
    Switch: { colorTextQuaternary: '#6b6b6b' },
    Tag: {
      // Status tags (success, processing, warning, error) and the preset colours whose 7th shade
      // fails 4.5:1 on their 1st: the 8th shade (9th for gold, yellow and lime).
      colorSuccess: '#237804',
      colorInfo: '#0958d9',
      colorWarning: '#874d00',
      colorError: '#cf1322',
      volcano7: '#ad2102',
      orange7: '#ad4e00',
      gold7: '#874d00',
      yellow7: '#876800',
      lime7: '#3f6600',
      green7: '#237804',
      cyan7: '#006d75',
    },
  },
};
