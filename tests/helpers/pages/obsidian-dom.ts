/**
 * The DOM Obsidian's own classes build, for the pages in Chromium. obsidian-test-mocks
 * builds Modal, SuggestModal, Setting and the setting components with bare divs (a
 * modal's title after its content, a setting's control before its label, a suggest
 * modal's input and results after both) and draws no Menu at all. Here each mock gets,
 * through its `constructor__` hook, the classes and the order Obsidian gives it:
 *
 *   .modal-container > .modal-bg + .modal > .modal-close-button + .modal-header > .modal-title
 *                                          + .modal-content
 *   .modal-container > .modal-bg + .prompt > .prompt-input-container > input.prompt-input
 *                                          + .prompt-results > .suggestion-item(.is-selected)
 *                                          + .prompt-instructions
 *   .setting-item > .setting-item-info > .setting-item-name + .setting-item-description
 *                 + .setting-item-control
 *   .menu > .menu-scroll > .menu-item > .menu-item-icon + .menu-item-title
 *
 * so that tests/helpers/obsidian-base.css lays them out as the app does. Call
 * `setupPage()` first in a page script, instead of the mocks' `setup()`. The components'
 * clicks and changes reach their callbacks through the mocks' own simulate helpers.
 */
import { setup } from 'obsidian-test-mocks/setup';
import {
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  Menu,
  MenuItem,
  Modal,
  Setting,
  SuggestModal,
  setIcon,
} from 'obsidian-test-mocks/obsidian';
import type { Modal as ObsidianModal } from 'obsidian';
import { registerIcons } from './icons';

type Hook<T> = (this: T) => void;
/** A mock's own method, to call from its replacement. */
function own<F>(proto: object, name: string): F {
  return Object.getOwnPropertyDescriptor(proto, name)!.value as F;
}
/** Replace a mock's construction hook (a no-op in the package) on its prototype. */
function hook<T>(proto: T, name: string, fn: Hook<T>): void {
  (proto as Record<string, unknown>)[name] = fn;
}

function buildModal(this: Modal): void {
  const { containerEl, modalEl, titleEl, contentEl } = this;
  containerEl.addClass('modal-container', 'mod-dim');
  containerEl.prepend(createDiv({ cls: 'modal-bg' }));
  modalEl.addClass('modal');
  const close = createDiv({
    cls: 'modal-close-button clickable-icon',
    attr: { 'aria-label': 'Close' },
  });
  setIcon(close, 'x');
  close.addEventListener('click', () => this.close());
  const header = createDiv({ cls: 'modal-header' });
  titleEl.addClass('modal-title');
  header.appendChild(titleEl);
  contentEl.addClass('modal-content');
  modalEl.append(close, header, contentEl);
}

function buildPrompt(this: SuggestModal<unknown>): void {
  const { modalEl, inputEl, resultContainerEl } = this;
  modalEl.empty();
  modalEl.removeClass('modal');
  modalEl.addClass('prompt');
  inputEl.type = 'text';
  inputEl.addClass('prompt-input');
  modalEl.createDiv({ cls: 'prompt-input-container' }).appendChild(inputEl);
  resultContainerEl.addClass('prompt-results');
  modalEl.appendChild(resultContainerEl);
}

function buildSetting(this: Setting): void {
  this.settingEl.addClass('setting-item');
  this.infoEl.addClass('setting-item-info');
  this.nameEl.addClass('setting-item-name');
  this.descEl.addClass('setting-item-description');
  this.controlEl.addClass('setting-item-control');
  this.settingEl.prepend(this.infoEl);
}

/** Obsidian closes a modal by taking it off the page. */
function patchClose(): void {
  const close = own<(this: Modal) => void>(Modal.prototype, 'close');
  Modal.prototype.close = function (this: Modal) {
    this.containerEl.detach();
    close.call(this);
  };
}

/** The components' clicks and changes reach their callbacks, as in the app. */
function patchComponents(): void {
  hook(ButtonComponent.prototype, 'constructor2__', function () {
    this.buttonEl.addEventListener('click', () => this.simulateClick__());
  });
  const buttonIcon = own<(this: ButtonComponent, icon: string) => void>(
    ButtonComponent.prototype,
    'setIcon',
  );
  ButtonComponent.prototype.setIcon = function (this: ButtonComponent, icon: string) {
    buttonIcon.call(this, icon);
    setIcon(this.buttonEl, icon);
    return this;
  };
  hook(ExtraButtonComponent.prototype, 'constructor2__', function () {
    this.extraSettingsEl.addClass('clickable-icon', 'extra-setting-button');
    this.extraSettingsEl.addEventListener('click', () => this.simulateClick__());
  });
  const extraIcon = own<(this: ExtraButtonComponent, icon: string) => void>(
    ExtraButtonComponent.prototype,
    'setIcon',
  );
  ExtraButtonComponent.prototype.setIcon = function (this: ExtraButtonComponent, icon: string) {
    extraIcon.call(this, icon);
    setIcon(this.extraSettingsEl, icon);
    return this;
  };
  hook(DropdownComponent.prototype, 'constructor3__', function () {
    this.selectEl.addClass('dropdown');
    this.selectEl.addEventListener('change', () => this.simulateChange__());
  });
}

let installed = false;

/** The mocks' DOM set-up, then Obsidian's classes and order for every mock built after. */
export function setupPage(): void {
  setup();
  if (installed) return;
  installed = true;
  hook(Modal.prototype, 'constructor__', buildModal);
  hook(SuggestModal.prototype, 'constructor2__', buildPrompt);
  hook(Setting.prototype, 'constructor__', buildSetting);
  patchClose();
  patchComponents();
  patchMenu();
  registerIcons();
}

/** Open a modal as Obsidian does: on the page, then `onOpen`; a SuggestModal lists. */
export function openModal(modal: ObsidianModal): void {
  document.body.appendChild(modal.containerEl);
  void modal.onOpen();
  if (modal instanceof SuggestModal) listSuggestions(modal as unknown as SuggestModal<unknown>);
}

/**
 * What Obsidian's SuggestModal does with its results: one .suggestion-item per
 * suggestion (filled by the modal's renderSuggestion), the first selected, the
 * selection following the mouse and the arrow keys, Enter or a click choosing.
 */
function listSuggestions<T>(modal: SuggestModal<T>): void {
  const { inputEl, resultContainerEl } = modal;
  let items: Array<{ el: HTMLElement; value: T }> = [];
  let selected = 0;
  const select = (i: number): void => {
    selected = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((item, n) => item.el.toggleClass('is-selected', n === selected));
  };
  const render = (): void => {
    resultContainerEl.empty();
    const found = modal.getSuggestions(inputEl.value);
    if (found instanceof Promise) throw new Error('openModal: async suggestions are not drawn');
    items = found.slice(0, modal.limit).map((value, n) => {
      const el = resultContainerEl.createDiv({ cls: 'suggestion-item' });
      modal.renderSuggestion(value, el);
      el.addEventListener('mousemove', () => select(n));
      el.addEventListener('click', (e) => modal.selectSuggestion(value, e));
      return { el, value };
    });
    if (!items.length)
      resultContainerEl.createDiv({ cls: 'suggestion-empty', text: modal.emptyStateText });
    select(0);
  };
  inputEl.addEventListener('input', render);
  inputEl.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      select(selected + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      const item = items[selected];
      if (item) modal.selectSuggestion(item.value, e);
    }
  });
  render();
  inputEl.focus();
}

/**
 * Draw a Menu where it is shown, the way Obsidian draws one: one .menu-item per item
 * (its icon, its title), separators, labels; the hovered item `.selected`; a click runs
 * the item and closes the menu, as does a click elsewhere.
 */
function patchMenu(): void {
  const dom = new WeakMap<Menu, HTMLElement>();
  function show(this: Menu, x: number, y: number): Menu {
    document.querySelectorAll('.menu').forEach((el) => el.remove());
    const el = document.body.createDiv({ cls: 'menu' });
    dom.set(this, el);
    const scroll = el.createDiv({ cls: 'menu-scroll' });
    for (const item of this.items__) {
      if (!(item instanceof MenuItem)) {
        scroll.createDiv({ cls: 'menu-separator' });
        continue;
      }
      const row = scroll.createDiv({ cls: 'menu-item tappable' });
      row.toggleClass('is-label', item.isLabel__);
      row.toggleClass('is-warning', item.warning__);
      row.toggleClass('is-disabled', item.disabled__);
      const icon = row.createDiv({ cls: 'menu-item-icon' });
      if (item.icon__) setIcon(icon, item.icon__);
      const title = row.createDiv({ cls: 'menu-item-title' });
      if (typeof item.title__ === 'string') title.setText(item.title__);
      else title.appendChild(item.title__);
      if (item.isLabel__ || item.disabled__) continue;
      row.addEventListener('mouseenter', () => {
        scroll.querySelectorAll('.selected').forEach((s) => s.removeClass('selected'));
        row.addClass('selected');
      });
      row.addEventListener('click', (e) => {
        this.hide();
        item.onClick__?.(e);
      });
    }
    el.setCssProps({ left: `${x}px`, top: `${y}px` });
    const outside = (e: MouseEvent): void => {
      if (el.contains(e.target as Node)) return;
      document.removeEventListener('mousedown', outside, true);
      this.hide();
    };
    document.addEventListener('mousedown', outside, true);
    return this;
  }
  Menu.prototype.showAtMouseEvent = function (this: Menu, e: MouseEvent) {
    return show.call(this, e.clientX, e.clientY);
  };
  Menu.prototype.showAtPosition = function (this: Menu, p: { x: number; y: number }) {
    return show.call(this, p.x, p.y);
  };
  Menu.prototype.hide = function (this: Menu) {
    dom.get(this)?.remove();
    dom.delete(this);
    this.close();
    return this;
  };
}
